import { posix, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";
import { InputError } from "../core/errors.js";
import type { SlmConfig } from "../repository/config.js";
import { type LoadedFile, type LoadResult, loadedFileFromBytes } from "../repository/loader.js";
import { agreementFileFilter } from "./agreement-files.js";
import { git } from "./git.js";
import { GitObjects, parseTree } from "./git-objects.js";

/** The agreement files of the repository as one commit holds them, read without a checkout. */
export interface Revision {
  /** The full commit id. */
  commit: string;
  load: LoadResult;
}

/** Newest first; or why the repository has no history to read. */
export type History =
  | { available: true; revisions: Revision[]; shallow: boolean }
  | { available: false; reason: string };

/** What a history is read against: the work tree's root, its config (the same for every revision) and config file. */
export interface HistoryBase {
  root: string;
  config: SlmConfig;
  configFile?: LoadedFile;
}

/**
 * Every revision of the repository's agreement files reachable from `tip` (default HEAD), newest
 * first in git's topological order, read with plumbing only (`rev-list`, `cat-file --batch`):
 * trees are listed and blobs parsed once per object id, so a long history costs what its distinct
 * file versions cost. A commit whose agreement files are the same as its predecessor's (it
 * changed only data or other files) is left out: the revision is the commit that made the files
 * what they are. The work tree's `slm.config.yaml` decides what an agreement file is in every
 * revision (SPEC §16; docs/through-time.md).
 */
export class HistoryReader {
  private objects: GitObjects | null = null;
  // Promises, so that two revisions sharing a tree or a blob wait for one read of it.
  private readonly trees = new Map<string, Promise<[string, string][]>>();
  private readonly files = new Map<string, Promise<{ file: LoadedFile; diagnostics: Diagnostic[] }>>();
  private readonly isAgreementFile: (path: string) => boolean;
  private top: string | null = null;
  private located: Promise<string | null> | null = null;
  private sub = "";

  constructor(private readonly base: HistoryBase) {
    this.isAgreementFile = agreementFileFilter(base.config);
  }

  /** The revisions reachable from `tip`; `{ available: false }` outside git, before the first commit, or without git. */
  async read(tip = "HEAD"): Promise<History> {
    const located = await this.locate();
    if (typeof located === "string") return { available: false, reason: located };
    let commit: string;
    try {
      commit = (await git(this.top!, ["rev-parse", "--verify", "--quiet", `${tip}^{commit}`])).trim();
    } catch {
      if (tip === "HEAD") return { available: false, reason: "no commit yet" };
      throw new InputError(`unknown revision: ${tip}`);
    }
    const shallow = (await git(this.top!, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
    const listed = (
      await git(this.top!, ["rev-list", "--topo-order", commit, "--", this.sub === "" ? "." : this.sub])
    )
      .split("\n")
      .filter((line) => line !== "");
    const commits = listed;
    const listings = await Promise.all(commits.map((c) => this.listing(c)));
    const revisions: Revision[] = [];
    for (let i = 0; i < commits.length; i++) {
      const files = listings[i]!;
      if (i + 1 < commits.length && sameListing(files, listings[i + 1]!)) continue;
      revisions.push({ commit: commits[i]!, load: await this.loadOf(files) });
    }
    return { available: true, revisions, shallow };
  }

  /** One revision's agreement files, as a load result of the ordinary loader. */
  async revision(rev: string): Promise<Revision> {
    const located = await this.locate();
    if (typeof located === "string") throw new InputError(`cannot read revision ${rev}: ${located}`);
    let commit: string;
    try {
      commit = (await git(this.top!, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).trim();
    } catch {
      throw new InputError(`unknown revision: ${rev}`);
    }
    return { commit, load: await this.loadOf(await this.listing(commit)) };
  }

  close(): void {
    this.objects?.close();
    this.objects = null;
  }

  /** Finds the work tree's top and starts the object reader, once; a string says why there is no history. */
  private locate(): Promise<string | null> {
    this.located ??= this.findTop();
    return this.located;
  }

  private async findTop(): Promise<string | null> {
    try {
      this.top = (await git(this.base.root, ["rev-parse", "--show-toplevel"])).trim();
    } catch (error) {
      const message = (error as Error).message;
      return /not installed/.test(message) ? "git is not installed" : "not a git work tree";
    }
    const sub = relative(this.top, this.base.root);
    this.sub = sep === "/" ? sub : sub.split(sep).join("/");
    this.objects = new GitObjects(this.top);
    return null;
  }

  /** [path relative to the root, blob id] of every agreement file of a commit, sorted by path. */
  private async listing(commit: string): Promise<[string, string][]> {
    const tree = await this.objects!.read(this.sub === "" ? `${commit}^{tree}` : `${commit}:${this.sub}`);
    if (tree?.type !== "tree") return [];
    const all = await this.treeFiles(tree.oid, tree.content);
    return all.filter(([path]) => this.isAgreementFile(path));
  }

  private treeFiles(oid: string, content?: Buffer): Promise<[string, string][]> {
    let files = this.trees.get(oid);
    if (!files) {
      files = this.readTree(oid, content);
      this.trees.set(oid, files);
    }
    return files;
  }

  private async readTree(oid: string, content?: Buffer): Promise<[string, string][]> {
    const raw = content ?? (await this.objects!.read(oid))?.content;
    if (!raw) return [];
    const entries = parseTree(raw, oid.length / 2);
    const nested = await Promise.all(
      entries.map(async (e): Promise<[string, string][]> => {
        if (e.mode === "40000" || e.mode === "040000") {
          return (await this.treeFiles(e.oid)).map(([path, blob]) => [posix.join(e.name, path), blob]);
        }
        // Regular files only: symbolic links and submodules hold no agreement text of their own.
        return e.mode === "100644" || e.mode === "100755" ? [[e.name, e.oid]] : [];
      }),
    );
    return nested.flat().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private async loadOf(listing: readonly [string, string][]): Promise<LoadResult> {
    const loaded = await Promise.all(listing.map(([path, blob]) => this.file(path, blob)));
    return {
      root: this.base.root,
      config: this.base.config,
      configFile: this.base.configFile,
      files: loaded.map((l) => l.file),
      documents: loaded.flatMap((l) => l.file.documents),
      diagnostics: loaded.flatMap((l) => l.diagnostics),
    };
  }

  private file(path: string, blob: string): Promise<{ file: LoadedFile; diagnostics: Diagnostic[] }> {
    const key = `${blob}\u0000${path}`;
    let entry = this.files.get(key);
    if (!entry) {
      entry = this.objects!.read(blob).then((object) => {
        const diagnostics: Diagnostic[] = [];
        const bytes = object?.content ?? Buffer.alloc(0);
        const file = loadedFileFromBytes(path, resolve(this.base.root, path), bytes, diagnostics);
        return { file, diagnostics };
      });
      this.files.set(key, entry);
    }
    return entry;
  }
}

function sameListing(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  }
  return true;
}
