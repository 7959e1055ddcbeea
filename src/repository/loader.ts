import { createHash } from "node:crypto";
import { existsSync, readdir, readFileSync, realpathSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { type GlobOptions, glob } from "tinyglobby";
import { compareStrings } from "../core/compare.js";
import type { Diagnostic } from "../core/diagnostic.js";
import { InputError } from "../core/errors.js";
import { isWithin } from "../core/path-inside.js";
import { describeSystemError } from "../core/system-errors.js";
import { BUILT_IN_IGNORES, CONFIG_FILES, resolveConfig, type SlmConfig } from "./config.js";
import { decodeYamlBytes, MAX_YAML_BYTES } from "./file-content.js";
import { findRepositoryRoot } from "./repository-root.js";
import { type LoadedDocument, parseYamlFile } from "./yaml-file.js";

export interface LoadedFile {
  /** Repository-relative POSIX path. */
  file: string;
  absolute: string;
  sha256: string;
  /** The decoded text, for code frames; absent when the file could not be read as UTF-8 text. */
  text?: string;
  documents: LoadedDocument[];
}

export interface LoadResult {
  root: string;
  config: SlmConfig;
  /** The parsed slm.config.yaml, when there is one (validated against its own schema). */
  configFile?: LoadedFile;
  files: LoadedFile[];
  /** Every document of every agreement file, in file then document order. */
  documents: LoadedDocument[];
  /** File-level and YAML-level findings. */
  diagnostics: Diagnostic[];
  /** With `paths`: the repository-relative files they name, whose findings are reported. */
  selected?: Set<string>;
}

export interface LoadOptions {
  cwd: string;
  /** `-C DIR`. */
  dir?: string;
  /** Files or directories to load instead of the whole repository (validate's arguments). */
  paths?: string[];
  /** `--config FILE`: the config to read instead of the root's slm.config.yaml (relative to the start directory). */
  config?: string;
}

export async function loadRepository(options: LoadOptions): Promise<LoadResult> {
  const start = resolve(options.cwd, options.dir ?? ".");
  if (options.dir !== undefined) await mustExist(start, options.dir);
  const root = findRepositoryRoot(start);
  const diagnostics: Diagnostic[] = [];

  const read = fileReader(root, diagnostics);
  let configFile: LoadedFile | undefined;
  const configPath = await configPathOf(root, start, options.config);
  if (configPath !== undefined) configFile = read(configPath);
  const config = resolveConfig(configFile?.documents[0]?.value);

  const { files: absolutes, selected } = await discover(root, config, { ...options, cwd: start });
  // Agreement files are small and many: synchronous reads beat a thousand promise round trips.
  const files: LoadedFile[] = [];
  for (const absolute of absolutes) {
    if (absolute !== configPath) files.push(read(absolute));
  }
  return {
    root,
    config,
    configFile,
    files,
    documents: files.flatMap((f) => f.documents),
    diagnostics,
    selected: selected && new Set([...selected].map((a) => displayPath(root, a))),
  };
}

/**
 * `--config FILE` when given (it must exist); else the root's slm.config.yaml or slm.config.yml —
 * not both, since which one counts would be a guess.
 */
async function configPathOf(
  root: string,
  start: string,
  given: string | undefined,
): Promise<string | undefined> {
  if (given !== undefined) {
    const path = resolve(start, given);
    const info = await mustExist(path, given);
    if (!info.isFile()) throw new InputError(`--config: ${given} is not a file`);
    return path;
  }
  const found = CONFIG_FILES.map((name) => resolve(root, name)).filter((p) => existsSync(p));
  if (found.length > 1) {
    throw new InputError(
      `both ${CONFIG_FILES.join(" and ")} in ${root}: keep one (slm would have to guess which one counts)`,
    );
  }
  return found[0];
}

/**
 * The whole repository is always loaded, so that references resolve; named paths (validate's
 * arguments) only select which files' findings are reported. A file named explicitly is loaded
 * even when its name does not match `include`.
 */
async function discover(
  root: string,
  config: SlmConfig,
  options: LoadOptions,
): Promise<{ files: string[]; selected?: Set<string> }> {
  const ignore = [...BUILT_IN_IGNORES, ...config.exclude];
  const all = new Set(
    await globListing(root, config.include, { cwd: root, ignore, absolute: true, dot: false }),
  );
  if (!options.paths || options.paths.length === 0) return { files: sortPaths([...all]) };
  const selected = new Set<string>();
  for (const given of options.paths) {
    const absolute = resolve(options.cwd, given);
    const info = await mustExist(absolute, given);
    if (info.isDirectory()) {
      // Inside the repository, a directory selects the repository's own files below it, so
      // `exclude` (root-relative patterns) still applies; outside it, its files are read as given.
      const inside = absolute === root || absolute.startsWith(`${root}${sep}`);
      const under = (f: string) => f === absolute || f.startsWith(`${absolute}${sep}`);
      const found = inside
        ? [...all].filter(under)
        : await globListing(root, config.include, { cwd: absolute, ignore, absolute: true });
      for (const f of found) selected.add(f);
    } else if (info.isFile()) {
      selected.add(absolute);
    }
  }
  for (const f of selected) all.add(f);
  return { files: sortPaths([...all]), selected };
}

/**
 * Reads the repository's YAML files. A file whose path lies in the repository but whose real
 * path does not (a committed symbolic link to `/etc/…` or `~/.ssh/…`) is refused unread, as
 * DataSource globs refuse such links; a file named on the command line outside the repository is
 * the user's own choice and is read. A file that cannot be read at all stops the command (exit 2).
 */
function fileReader(root: string, diagnostics: Diagnostic[]): (absolute: string) => LoadedFile {
  const realRoot = realpathSync.native(root);
  return (absolute) => {
    const file = displayPath(root, absolute);
    if (isWithin(root, absolute) && !isWithin(realRoot, realPathOf(absolute, file))) {
      diagnostics.push({
        code: "file/outside-repository",
        severity: "error",
        message: "file is a symbolic link to a file outside the repository; it is not read",
        file,
        line: 1,
        column: 1,
        pointer: "",
      });
      return { file, absolute, sha256: "", documents: [] };
    }
    return loadYamlFile(file, absolute, diagnostics);
  };
}

function realPathOf(absolute: string, file: string): string {
  return readOrStop(file, () => realpathSync.native(absolute));
}

/** A file that cannot be read (EACCES, EIO, gone since the glob): one line, exit 2. */
function readOrStop<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${describeSystemError(error)}`);
  }
}

/**
 * The glob, except that a directory it cannot list stops the command: the crawler skips such a
 * directory silently, and the agreements in it would be missing from a run that reports success.
 */
async function globListing(root: string, patterns: string[], options: GlobOptions): Promise<string[]> {
  const unreadable: { path: string; error: NodeJS.ErrnoException }[] = [];
  const listing = ((
    path: string,
    opts: object,
    callback: (e: NodeJS.ErrnoException | null, entries?: unknown[]) => void,
  ) =>
    readdir(path, opts as { withFileTypes: true }, (error, entries) => {
      // A directory removed meanwhile held nothing to read.
      if (error && error.code !== "ENOENT" && error.code !== "ENOTDIR") unreadable.push({ path, error });
      callback(error, entries);
    })) as unknown as typeof readdir;
  const found = await glob(patterns, { ...options, fs: { readdir: listing } });
  const [first] = unreadable;
  if (first) {
    const dir = displayPath(root, resolve(String(options.cwd ?? root), first.path)) || ".";
    throw new InputError(`cannot read directory ${dir}: ${describeSystemError(first.error)}`);
  }
  return found;
}

function loadYamlFile(file: string, absolute: string, diagnostics: Diagnostic[]): LoadedFile {
  const info = readOrStop(file, () => statSync(absolute));
  if (info.isDirectory()) throw new InputError(`cannot read ${file}: it is a directory, not a file`);
  if (info.size > MAX_YAML_BYTES) {
    diagnostics.push(tooLarge(file, info.size));
    return { file, absolute, sha256: "", documents: [] };
  }
  return loadedFileFromBytes(
    file,
    absolute,
    readOrStop(file, () => readFileSync(absolute)),
    diagnostics,
  );
}

/**
 * An agreement file from its bytes, wherever they came from (the work tree, or a git blob of an
 * earlier revision: history/): its hash, its text and its parsed documents.
 */
export function loadedFileFromBytes(
  file: string,
  absolute: string,
  bytes: Uint8Array,
  diagnostics: Diagnostic[],
): LoadedFile {
  if (bytes.length > MAX_YAML_BYTES) {
    diagnostics.push(tooLarge(file, bytes.length));
    return { file, absolute, sha256: "", documents: [] };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeYamlBytes(file, bytes);
  if (decoded.diagnostic) {
    diagnostics.push(decoded.diagnostic);
    return { file, absolute, sha256, documents: [] };
  }
  const parsed = parseYamlFile(file, decoded.text!);
  diagnostics.push(...parsed.diagnostics);
  return { file, absolute, sha256, text: decoded.text, documents: parsed.documents };
}

function tooLarge(file: string, size: number): Diagnostic {
  return {
    code: "file/too-large",
    severity: "error",
    message: `file is ${(size / 1048576).toFixed(1)} MiB; agreement files are limited to ${MAX_YAML_BYTES / 1048576} MiB (is it really an slm document?)`,
    file,
    line: 1,
    column: 1,
    pointer: "",
  };
}

async function mustExist(absolute: string, given: string) {
  try {
    return await stat(absolute);
  } catch {
    throw new InputError(`no such file or directory: ${given}`);
  }
}

/** Repository-relative POSIX path; files outside the root keep a relative path with `..`. */
export function displayPath(root: string, absolute: string): string {
  return toPosix(relative(root, absolute));
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function sortPaths(paths: string[]): string[] {
  return paths.sort(compareStrings);
}
