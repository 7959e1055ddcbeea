import { type Command, InvalidArgumentError, Option } from "commander";
import type { FormatFile } from "./context.js";

/**
 * Commands name their human formats differently (`table`, `text`; `md`, `markdown`) because
 * each name fits its output; users should not have to remember which: every command accepts the
 * others' spelling as an alias of its own.
 */
const ALIASES: Record<string, readonly string[]> = {
  table: ["text"],
  text: ["table"],
  md: ["markdown"],
  markdown: ["md"],
};

export function formatOption<T extends string>(
  names: readonly T[],
  fallback: T | undefined,
  description: string,
): Option {
  // choices() for help and shell completion; the parser below also takes the other spelling.
  const option = new Option("--format <format>", description).choices(names).argParser((value: string): T => {
    if ((names as readonly string[]).includes(value)) return value as T;
    const aliased = names.find((n) => ALIASES[n]?.includes(value));
    if (aliased) return aliased;
    throw new InvalidArgumentError(`Allowed choices are ${names.join(", ")}.`);
  });
  return fallback === undefined ? option : option.default(fallback);
}

/**
 * Several formats in one run, as `--format stylish --format sarif=slm.sarif`: a value `NAME=FILE`
 * is one more format of the same result, written to FILE (collected into `files` for `deliver()`),
 * while the one value without a file goes to stdout. Applied to every command's `--format` when
 * the program is built, so the commands declare their formats once and know nothing of this.
 */
export function acceptFormatFiles(command: Command, files: FormatFile[]): void {
  const option = command.options.find((o) => o.long === "--format");
  if (!option) return;
  const parse = option.parseArg as ((value: string, previous: unknown) => unknown) | undefined;
  let plain = 0;
  option.argParser((value: string, previous: unknown) => {
    const eq = value.indexOf("=");
    if (eq > 0) {
      const name = value.slice(0, eq);
      const path = value.slice(eq + 1);
      if (path === "")
        throw new InvalidArgumentError(`"${value}" names no file after "=" (e.g. ${name}=out.${name}).`);
      files.push({ format: String(parse ? parse(name, undefined) : name), path });
      return previous;
    }
    if (++plain > 1) {
      throw new InvalidArgumentError(
        `only one format goes to stdout; write the others to files: --format ${value}=FILE.`,
      );
    }
    return parse ? parse(value, previous) : value;
  });
  // Only NAME=FILE values: commander stores "" for the option; the command's own default applies.
  command.hook("preAction", (_, action) => {
    if (action.getOptionValue("format") === "") action.setOptionValue("format", option.defaultValue);
  });
}
