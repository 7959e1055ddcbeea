import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { glob } from "tinyglobby";
import { BUILT_IN_IGNORES, CONFIG_FILE, resolveConfig, type SlmConfig } from "./config.js";
import type { Diagnostic } from "./diagnostic.js";
import { InputError } from "./errors.js";
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
}

export interface LoadOptions {
  cwd: string;
  /** `-C DIR`. */
  dir?: string;
  /** Files or directories to load instead of the whole repository (validate's arguments). */
  paths?: string[];
}

export async function loadRepository(options: LoadOptions): Promise<LoadResult> {
  const start = resolve(options.cwd, options.dir ?? ".");
  if (options.dir !== undefined) await mustExist(start, options.dir);
  const root = findRepositoryRoot(start);
  const diagnostics: Diagnostic[] = [];

  let configFile: LoadedFile | undefined;
  const configPath = resolve(root, CONFIG_FILE);
  if (await exists(configPath)) {
    configFile = await loadYamlFile(root, configPath, diagnostics);
  }
  const config = resolveConfig(configFile?.documents[0]?.value);

  const absolutes = await discover(root, config, options);
  // Files are read concurrently (a thousand small reads one by one leave the CPU idle), then kept
  // in path order so that output stays deterministic.
  const perFile = await mapConcurrent(
    absolutes.filter((a) => a !== configPath),
    READ_CONCURRENCY,
    async (absolute) => {
      const found: Diagnostic[] = [];
      return { file: await loadYamlFile(root, absolute, found), found };
    },
  );
  const files = perFile.map((r) => r.file);
  for (const r of perFile) diagnostics.push(...r.found);
  return { root, config, configFile, files, documents: files.flatMap((f) => f.documents), diagnostics };
}

const READ_CONCURRENCY = 16;

async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function discover(root: string, config: SlmConfig, options: LoadOptions): Promise<string[]> {
  const ignore = [...BUILT_IN_IGNORES, ...config.exclude];
  if (!options.paths || options.paths.length === 0) {
    return sortPaths(await glob(config.include, { cwd: root, ignore, absolute: true, dot: false }));
  }
  const found = new Set<string>();
  for (const given of options.paths) {
    const absolute = resolve(options.cwd, given);
    const info = await mustExist(absolute, given);
    if (info.isDirectory()) {
      const rel = toPosix(relative(root, absolute));
      const inside = rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
      const cwd = inside ? root : absolute;
      const patterns = inside && rel !== "" ? config.include.map((p) => `${rel}/${p}`) : config.include;
      for (const f of await glob(patterns, { cwd, ignore, absolute: true })) found.add(f);
    } else if (info.isFile()) {
      // A file named explicitly is validated even if its name does not match `include`.
      found.add(absolute);
    }
  }
  return sortPaths([...found]);
}

async function loadYamlFile(root: string, absolute: string, diagnostics: Diagnostic[]): Promise<LoadedFile> {
  const file = displayPath(root, absolute);
  const info = await stat(absolute);
  if (info.size > MAX_YAML_BYTES) {
    diagnostics.push({
      code: "file/too-large",
      severity: "error",
      message: `file is ${(info.size / 1048576).toFixed(1)} MiB; agreement files are limited to ${MAX_YAML_BYTES / 1048576} MiB (is it really an slm document?)`,
      file,
      line: 1,
      column: 1,
      pointer: "",
    });
    return { file, absolute, sha256: "", documents: [] };
  }
  const bytes = await readFile(absolute);
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

async function mustExist(absolute: string, given: string) {
  try {
    return await stat(absolute);
  } catch {
    throw new InputError(`no such file or directory: ${given}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
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
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
