import type { Argument, Command, Option } from "commander";
import type { CompletionSpec, OptionSpec, ValueSpec } from "../formatters/completion/completion-spec.js";
import { COMPLETION_FORMATTERS } from "../formatters/completion/index.js";
import { formatNames } from "../formatters/formatter.js";
import type { RegisterCommand } from "./command.js";
import { deliver } from "./run-command.js";

/** `slm completion bash|zsh|fish`: a completion script for the shell, from the commands as registered. */
export const registerCompletion: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("completion")
    .description("print a shell completion script (bash, zsh or fish)")
    .argument("<shell>", `the shell (${formatNames(COMPLETION_FORMATTERS).join(", ")})`)
    .addHelpText(
      "after",
      '\nInstall: bash: eval "$(slm completion bash)" in ~/.bashrc; zsh: slm completion zsh > "${fpath[1]}/_slm"; fish: slm completion fish > ~/.config/fish/completions/slm.fish',
    )
    .action(async (shell: string) => {
      const { UsageError } = await import("../core/errors.js");
      const shells = formatNames(COMPLETION_FORMATTERS);
      if (!shells.includes(shell))
        throw new UsageError(`unknown shell "${shell}" (expected one of: ${shells.join(", ")})`);
      setExit(
        await deliver(
          ctx,
          { formatters: COMPLETION_FORMATTERS, format: shell },
          { result: completionSpec(program), exit: 0 },
        ),
      );
    });
};

/** The program's commands, options and their values as the completion formatters read them. */
export function completionSpec(program: Command): CompletionSpec {
  const commands: CompletionSpec["commands"] = [];
  const visit = (command: Command, path: string[]) => {
    for (const child of command.commands) {
      const childPath = [...path, child.name()];
      commands.push({
        path: childPath,
        description: child.description(),
        options: child.options.filter((o) => !o.hidden).map(optionSpec),
        subcommands: child.commands.map((c) => c.name()),
        argument: argumentSpec(child.registeredArguments[0], child.name()),
      });
      visit(child, childPath);
    }
  };
  visit(program, []);
  return { program: program.name(), globalOptions: program.options.map(optionSpec), commands };
}

function optionSpec(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((f): f is string => f !== undefined);
  if (!option.required && !option.optional) return { flags, description: option.description };
  return { flags, description: option.description, value: valueSpecOf(option.argChoices, option.flags) };
}

function argumentSpec(argument: Argument | undefined, command: string): ValueSpec | undefined {
  if (!argument) return undefined;
  if (command === "completion") return { kind: "choice", choices: formatNames(COMPLETION_FORMATTERS) };
  return valueSpecOf(argument.argChoices, argument.name());
}

/** Choices when the option has them, else guessed from the value's name (`<dir>`, `<file>`, `<paths...>`). */
function valueSpecOf(choices: readonly string[] | undefined, name: string): ValueSpec {
  if (choices && choices.length > 0) return { kind: "choice", choices: [...choices] };
  if (/<dir>|\bdir\b/.test(name)) return { kind: "dir" };
  if (/<file>|path|\bfile\b|<template>/.test(name)) return { kind: "file" };
  return { kind: "text" };
}
