import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  git
} from "./chunk-KB6WGF6N.js";
import {
  loadedFileFromBytes
} from "./chunk-MY42XYML.js";
import {
  require_picomatch
} from "./chunk-5NDPJT3T.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  BUILT_IN_IGNORES
} from "./chunk-OT7COJM5.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/history/revisions.js
import { posix, relative, resolve, sep } from "node:path";

// dist/history/agreement-files.js
var import_picomatch = __toESM(require_picomatch(), 1);
function agreementFileFilter(config) {
  const options = { dot: false, posix: true };
  const strip = (patterns) => patterns.map((p) => p.replace(/^\.\//, ""));
  const included = (0, import_picomatch.default)(strip(config.include), options);
  const ignored = (0, import_picomatch.default)(strip([...BUILT_IN_IGNORES, ...config.exclude]), options);
  return (path) => included(path) && !ignored(path);
}

// dist/history/git-objects.js
import { spawn } from "node:child_process";
var GitObjects = class {
  child;
  queue = [];
  buffer = Buffer.alloc(0);
  failure = null;
  constructor(cwd) {
    this.child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    this.child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
    });
    this.child.stdout.on("data", (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error) => {
      this.failure = error;
      for (const p of this.queue.splice(0))
        p.reject(error);
    };
    this.child.on("error", (error) => fail(new InputError(`git cat-file: ${error.message}`)));
    this.child.on("close", () => {
      if (this.queue.length > 0)
        fail(new InputError(`git cat-file: ${stderr.trim() || "ended early"}`));
    });
    this.child.stdin.on("error", () => void 0);
  }
  /** The object a revision expression names (`<commit>:<path>`, a tree or blob id); null when there is none. */
  read(spec) {
    if (this.failure)
      return Promise.reject(this.failure);
    if (/[\r\n]/.test(spec))
      return Promise.resolve(null);
    return new Promise((resolve2, reject) => {
      this.queue.push({ resolve: resolve2, reject });
      this.child.stdin.write(`${spec}
`);
    });
  }
  close() {
    this.child.stdin.end();
  }
  drain() {
    for (; ; ) {
      const pending = this.queue[0];
      if (!pending)
        return;
      const eol = this.buffer.indexOf(10);
      if (eol < 0)
        return;
      const header = this.buffer.subarray(0, eol).toString("utf8");
      const parts = header.split(" ");
      if (parts.length !== 3 || !/^\d+$/.test(parts[2])) {
        this.buffer = this.buffer.subarray(eol + 1);
        this.queue.shift();
        pending.resolve(null);
        continue;
      }
      const size = Number(parts[2]);
      if (this.buffer.length < eol + 1 + size + 1)
        return;
      const content = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size));
      this.buffer = this.buffer.subarray(eol + 1 + size + 1);
      this.queue.shift();
      pending.resolve({ oid: parts[0], type: parts[1], content });
    }
  }
};
function parseTree(content, idBytes) {
  const entries = [];
  let i = 0;
  while (i < content.length) {
    const space = content.indexOf(32, i);
    const nul = content.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > content.length)
      break;
    entries.push({
      mode: content.subarray(i, space).toString("latin1"),
      name: content.subarray(space + 1, nul).toString("utf8"),
      oid: content.subarray(nul + 1, nul + 1 + idBytes).toString("hex")
    });
    i = nul + 1 + idBytes;
  }
  return entries;
}

// dist/history/revisions.js
var HistoryReader = class {
  base;
  objects = null;
  // Promises, so that two revisions sharing a tree or a blob wait for one read of it.
  trees = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  isAgreementFile;
  top = null;
  located = null;
  sub = "";
  constructor(base) {
    this.base = base;
    this.isAgreementFile = agreementFileFilter(base.config);
  }
  /** The revisions reachable from `tip`; `{ available: false }` outside git, before the first commit, or without git. */
  async read(tip = "HEAD") {
    const located = await this.locate();
    if (typeof located === "string")
      return { available: false, reason: located };
    let commit;
    try {
      commit = (await git(this.top, ["rev-parse", "--verify", "--quiet", `${tip}^{commit}`])).trim();
    } catch {
      if (tip === "HEAD")
        return { available: false, reason: "no commit yet" };
      throw new InputError(`unknown revision: ${tip}`);
    }
    const shallow = (await git(this.top, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
    const listed = (await git(this.top, ["rev-list", "--topo-order", commit, "--", this.sub === "" ? "." : this.sub])).split("\n").filter((line) => line !== "");
    const commits = listed;
    const listings = await Promise.all(commits.map((c) => this.listing(c)));
    const revisions = [];
    for (let i = 0; i < commits.length; i++) {
      const files = listings[i];
      if (i + 1 < commits.length && sameListing(files, listings[i + 1]))
        continue;
      revisions.push({ commit: commits[i], load: await this.loadOf(files) });
    }
    return { available: true, revisions, shallow };
  }
  /** One revision's agreement files, as a load result of the ordinary loader. */
  async revision(rev) {
    const located = await this.locate();
    if (typeof located === "string")
      throw new InputError(`cannot read revision ${rev}: ${located}`);
    let commit;
    try {
      commit = (await git(this.top, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).trim();
    } catch {
      throw new InputError(`unknown revision: ${rev}`);
    }
    return { commit, load: await this.loadOf(await this.listing(commit)) };
  }
  close() {
    this.objects?.close();
    this.objects = null;
  }
  /** Finds the work tree's top and starts the object reader, once; a string says why there is no history. */
  locate() {
    this.located ??= this.findTop();
    return this.located;
  }
  async findTop() {
    try {
      this.top = (await git(this.base.root, ["rev-parse", "--show-toplevel"])).trim();
    } catch (error) {
      const message = error.message;
      return /not installed/.test(message) ? "git is not installed" : "not a git work tree";
    }
    const sub = relative(this.top, this.base.root);
    this.sub = sep === "/" ? sub : sub.split(sep).join("/");
    this.objects = new GitObjects(this.top);
    return null;
  }
  /** [path relative to the root, blob id] of every agreement file of a commit, sorted by path. */
  async listing(commit) {
    const tree = await this.objects.read(this.sub === "" ? `${commit}^{tree}` : `${commit}:${this.sub}`);
    if (tree?.type !== "tree")
      return [];
    const all = await this.treeFiles(tree.oid, tree.content);
    return all.filter(([path]) => this.isAgreementFile(path));
  }
  treeFiles(oid, content) {
    let files = this.trees.get(oid);
    if (!files) {
      files = this.readTree(oid, content);
      this.trees.set(oid, files);
    }
    return files;
  }
  async readTree(oid, content) {
    const raw = content ?? (await this.objects.read(oid))?.content;
    if (!raw)
      return [];
    const entries = parseTree(raw, oid.length / 2);
    const nested = await Promise.all(entries.map(async (e) => {
      if (e.mode === "40000" || e.mode === "040000") {
        return (await this.treeFiles(e.oid)).map(([path, blob]) => [posix.join(e.name, path), blob]);
      }
      return e.mode === "100644" || e.mode === "100755" ? [[e.name, e.oid]] : [];
    }));
    return nested.flat().sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  }
  async loadOf(listing) {
    const loaded = await Promise.all(listing.map(([path, blob]) => this.file(path, blob)));
    return {
      root: this.base.root,
      config: this.base.config,
      configFile: this.base.configFile,
      files: loaded.map((l) => l.file),
      documents: loaded.flatMap((l) => l.file.documents),
      diagnostics: loaded.flatMap((l) => l.diagnostics)
    };
  }
  file(path, blob) {
    const key = `${blob}\0${path}`;
    let entry = this.files.get(key);
    if (!entry) {
      entry = this.objects.read(blob).then((object) => {
        const diagnostics = [];
        const bytes = object?.content ?? Buffer.alloc(0);
        const file = loadedFileFromBytes(path, resolve(this.base.root, path), bytes, diagnostics);
        return { file, diagnostics };
      });
      this.files.set(key, entry);
    }
    return entry;
  }
};
function sameListing(a, b) {
  if (a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1])
      return false;
  }
  return true;
}

export {
  HistoryReader
};
