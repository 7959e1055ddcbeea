export interface Fault {
  /** `fs.readFileSync`, `fs.readdir`, `promises.mkdir`, …: a function of node:fs or node:fs/promises (sync, callback or promise). */
  call: string;
  /** The fault applies to calls whose first argument contains this text. */
  path: string;
  /** The errno the call fails with. */
  code?: string;
  /** The errno when the call is a recursive mkdir (which reports ENOENT on a read-only file system). */
  recursiveCode?: string;
  /** The call never returns (and keeps the process alive). */
  hang?: boolean;
}

export function installFaults(faults: Fault[]): () => void;
