import { InvalidArgumentError, Option } from "commander";

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
  const option = new Option("--format <format>", `${description} (${names.join(", ")})`).argParser(
    (value: string): T => {
      if ((names as readonly string[]).includes(value)) return value as T;
      const aliased = names.find((n) => ALIASES[n]?.includes(value));
      if (aliased) return aliased;
      throw new InvalidArgumentError(`Allowed choices are ${names.join(", ")}.`);
    },
  );
  return fallback === undefined ? option : option.default(fallback);
}
