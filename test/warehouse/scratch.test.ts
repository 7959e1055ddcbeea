import { writeFileSync } from "node:fs";
import { it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";
import { eventsCsv, rawEvents, referenceRepo, warehouseRepo, warehouseSource } from "./fixture.js";
it("scratch", async () => {
  const events = rawEvents();
  const root = tempRepo({ ...warehouseRepo(warehouseSource({ engine: "duckdb" })), "data/events.csv": eventsCsv(events) });
  const r = await runCli(["report", "--period", "2024-03", "--format", "json", "--out", "-", "--sla", "acme-api", "--trend", "0"], { cwd: root });
  console.log(r.code, r.stderr);
  writeFileSync("/tmp/wh-report.json", r.stdout);
  const ref = tempRepo(referenceRepo(events));
  const r2 = await runCli(["report", "--period", "2024-03", "--format", "json", "--out", "-", "--sla", "acme-api", "--trend", "0"], { cwd: ref });
  console.log(r2.code, r2.stderr);
  writeFileSync("/tmp/wh-ref.json", r2.stdout);
});
