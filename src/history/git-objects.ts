import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { InputError } from "../core/errors.js";

export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

interface Pending {
  resolve(object: GitObject | null): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch` process for every object a run reads: a request is a line on its
 * stdin, the answers come back in order, so many requests are in flight at once and no object
 * costs a process of its own (a year report over a long history reads hundreds of trees and blobs).
 */
export class GitObjects {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failure: Error | null = null;

  constructor(cwd: string) {
    this.child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    this.child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    this.child.stdout.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const p of this.queue.splice(0)) p.reject(error);
    };
    this.child.on("error", (error) => fail(new InputError(`git cat-file: ${error.message}`)));
    this.child.on("close", () => {
      if (this.queue.length > 0) fail(new InputError(`git cat-file: ${stderr.trim() || "ended early"}`));
    });
    this.child.stdin.on("error", () => undefined); // reported by "close" above
  }

  /** The object a revision expression names (`<commit>:<path>`, a tree or blob id); null when there is none. */
  read(spec: string): Promise<GitObject | null> {
    if (this.failure) return Promise.reject(this.failure);
    if (/[\r\n]/.test(spec)) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${spec}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private drain(): void {
    for (;;) {
      const pending = this.queue[0];
      if (!pending) return;
      const eol = this.buffer.indexOf(0x0a);
      if (eol < 0) return;
      const header = this.buffer.subarray(0, eol).toString("utf8");
      const parts = header.split(" ");
      if (parts.length !== 3 || !/^\d+$/.test(parts[2]!)) {
        // "<spec> missing" or "<spec> ambiguous": no content follows.
        this.buffer = this.buffer.subarray(eol + 1);
        this.queue.shift();
        pending.resolve(null);
        continue;
      }
      const size = Number(parts[2]);
      if (this.buffer.length < eol + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size));
      this.buffer = this.buffer.subarray(eol + 1 + size + 1);
      this.queue.shift();
      pending.resolve({ oid: parts[0]!, type: parts[1]!, content });
    }
  }
}

export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

/** The entries of a raw tree object: `<mode> <name>\0<binary id>` each (the id is 20 bytes for SHA-1, 32 for SHA-256). */
export function parseTree(content: Buffer, idBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let i = 0;
  while (i < content.length) {
    const space = content.indexOf(0x20, i);
    const nul = content.indexOf(0x00, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > content.length) break;
    entries.push({
      mode: content.subarray(i, space).toString("latin1"),
      name: content.subarray(space + 1, nul).toString("utf8"),
      oid: content.subarray(nul + 1, nul + 1 + idBytes).toString("hex"),
    });
    i = nul + 1 + idBytes;
  }
  return entries;
}
