import { Option } from "commander";
import { LOCALES } from "../core/locale.js";

/** `--locale`: the language of a command's localised human formats (SPEC §18); JSON never changes with it. */
export function localeOption(description: string): Option {
  return new Option("--locale <locale>", description).choices(LOCALES);
}
