import { UsageError } from "../core/errors.js";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";

/** `slm schema [KIND]`: the published JSON Schemas, for editors and other tools. */
export const registerSchema: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("schema")
    .description("print the JSON Schema of a kind (default: the schema of any slm document)")
    .argument(
      "[kind]",
      "service, calendar, party, sla, ola, uc, datasource, improvement, template, config or document",
    )
    .option("--list", "list the schema names and their files instead")
    .action(async (kind: string | undefined, options: { list?: boolean }) => {
      setExit(await printSchema(ctx, kind, Boolean(options.list)));
    });
};

async function printSchema(
  ctx: CommandContext,
  kind: string | undefined,
  list: boolean,
): Promise<CommandResult> {
  const { schemaByName, SCHEMA_NAMES } = await import("../schema/schema-names.js");
  if (list) {
    const width = Math.max(...SCHEMA_NAMES.map((n) => n.name.length)) + 1;
    ctx.io.stdout(SCHEMA_NAMES.map((n) => `${n.name.padEnd(width)}${n.file}\n`).join(""));
    return 0;
  }
  const schema = schemaByName(kind ?? "document");
  if (!schema) {
    throw new UsageError(
      `unknown kind "${kind}" (expected one of: ${SCHEMA_NAMES.map((n) => n.name).join(", ")})`,
    );
  }
  ctx.io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
