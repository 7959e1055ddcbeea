/** What a shell needs to complete slm: every command path, its options and their values. */
export interface CompletionSpec {
  program: string;
  globalOptions: OptionSpec[];
  /** Every command, parents before children (`export`, then `export openslo`). */
  commands: CommandSpec[];
}

export interface CommandSpec {
  /** Words after the program name: `["export", "openslo"]`. */
  path: string[];
  description: string;
  options: OptionSpec[];
  /** Names of its subcommands, if it has any. */
  subcommands: string[];
  /** What its positional arguments are: files (`validate a.yaml`), a choice (`completion bash`), or nothing. */
  argument: ValueSpec | undefined;
}

export interface OptionSpec {
  /** `-f`, `--format`, as accepted on the command line. */
  flags: string[];
  description: string;
  /** Absent for a switch (`--strict`). */
  value?: ValueSpec;
}

export type ValueSpec =
  | { kind: "choice"; choices: string[] }
  | { kind: "file" }
  | { kind: "dir" }
  | { kind: "text" };

/** Shell-safe single quotes. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The first line of a description, without characters that break a completion list. */
export function summary(text: string): string {
  return text
    .split("\n")[0]!
    .replace(/[:[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every flag that takes a value (the word after it is that value, not a command). */
export function valuedFlags(spec: CompletionSpec): string[] {
  const options = [...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)];
  return [...new Set(options.filter((o) => o.value).flatMap((o) => o.flags))];
}

/**
 * `case "$cmd:$prev" in` arms for the word after an option, for bash and zsh: global options
 * under any command, each command's own under its path; `complete` says how to offer the value.
 */
export function valueCaseArms(spec: CompletionSpec, complete: (value: ValueSpec) => string): string[] {
  const arms: string[] = [];
  const arm = (pattern: string, value: ValueSpec) =>
    arms.push(`    ${pattern}) ${complete(value)}; return ;;`);
  for (const o of spec.globalOptions) if (o.value) arm(o.flags.map((f) => `*:${f}`).join("|"), o.value);
  for (const c of spec.commands) {
    for (const o of c.options)
      if (o.value) arm(o.flags.map((f) => quote(`${c.path.join(" ")}:${f}`)).join("|"), o.value);
  }
  return arms;
}
