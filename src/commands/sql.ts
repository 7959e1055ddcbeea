import { Option } from "commander";
import { UsageError } from "../core/errors.js";
import { SQL_FORMATTERS } from "../formatters/sql/index.js";
import { ENGINES, type EngineName } from "../warehouse/dialect.js";
import type { RegisterCommand } from "./command.js";
import { runOnModel } from "./run-command.js";

/** `slm sql SOURCE --engine E --period P`: the warehouse query of a metrics DataSource (SPEC §18). */
export const registerSql: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("sql")
    .description(
      "print the SQL that aggregates a DataSource's raw event table into its metrics rows (per bucket, aligned to service hours)",
    )
    .argument("<source>", "a metrics DataSource with a warehouse block")
    .addOption(new Option("--engine <engine>", "SQL dialect").choices(ENGINES).makeOptionMandatory())
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .action(async (name: string, opts: { engine: EngineName; period: string }) => {
      const { parsePeriod } = await import("../time/period.js");
      const period = parsePeriod(opts.period);
      setExit(
        await runOnModel(ctx, { formatters: SQL_FORMATTERS, format: "sql" }, async ({ model }) => {
          const [{ DIALECTS }, { buildQuery }, { targetsReading, warehousePlan }, { duckdbFiles }] =
            await Promise.all([
              import("../warehouse/dialects.js"),
              import("../warehouse/build-query.js"),
              import("../warehouse/warehouse-plan.js"),
              import("../warehouse/duckdb-files.js"),
            ]);
          const source = model.dataSources.get(name);
          if (!source) {
            const known = [...model.dataSources.values()]
              .filter((s) => s.warehouse)
              .map((s) => s.metadata.name);
            throw new UsageError(
              `no DataSource ${name}${known.length ? ` (with a warehouse block: ${known.join(", ")})` : " (no DataSource has a warehouse block)"}`,
            );
          }
          if (!source.warehouse)
            throw new UsageError(`DataSource ${name} has no warehouse block (docs/warehouse.md)`);
          const dialect = DIALECTS[opts.engine];
          let from: string | undefined;
          if (source.engine === "duckdb") {
            if (opts.engine !== "duckdb")
              throw new UsageError(
                `DataSource ${name} reads local files with engine: duckdb; use --engine duckdb`,
              );
            if (source.path === undefined) throw new UsageError(`DataSource ${name} has no path to read`);
            // Relative to the repository root, where the query is meant to be run.
            from = duckdbFiles(dialect, [source.path], name);
          }
          const plan = warehousePlan(model, source, targetsReading(model, source, period));
          return {
            result: buildQuery(plan, dialect, {
              from,
              command: `slm sql ${name} --engine ${opts.engine} --period ${period.label}`,
            }),
            exit: 0,
          };
        }),
      );
    });
};
