export interface Fault {
  /** `fs.readFileSync`, `promises.mkdir`, …: the function of node:fs or node:fs/promises. */
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
