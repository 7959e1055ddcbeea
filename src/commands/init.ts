import { relative, resolve } from "node:path";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";

/** `slm init [DIR]`: a working starter repository that passes `slm validate`. */
export const registerInit: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("init")
    .description(
      "create a starter repository: config, one document of each kind, sample data, CI and editor set-up",
    )
    .argument("[dir]", "directory to create it in", ".")
    .option("--force", "overwrite existing files")
    .action(async (dir: string, options: { force?: boolean }) => {
      setExit(await init(ctx, dir, Boolean(options.force)));
    });
};

async function init(ctx: CommandContext, dir: string, force: boolean): Promise<CommandResult> {
  const [{ starterFiles }, { writeStarter }] = await Promise.all([
    import("../init/starter-files.js"),
    import("../init/write-starter.js"),
  ]);
  const { io } = ctx;
  const target = resolve(io.cwd, ctx.globals().dir ?? ".", dir);
  const files = starterFiles(io.now());
  await writeStarter(target, files, { force });
  const shown = relative(io.cwd, target) || ".";
  io.stdout(files.map((f) => `created ${f.path}\n`).join(""));
  const cd = shown === "." ? "" : `cd ${shown} && `;
  io.stdout(
    `\nslm repository ready in ${shown}. Next: ${cd}npm install && npx --no-install slm validate (and commit package-lock.json)\n`,
  );
  return 0;
}
