#!/usr/bin/env node
// Ticket clocks per row (issue 10 item 6): the cost of one clock for ordinary tickets, for tickets
// "resolved" 9999-12-31 (a common "never"), with an as-of in the year 9999, and with business-day
// thresholds, on a Bavarian calendar (DST, date-holidays) and a Chinese one (make-up days). Each
// figure is the mean over many distinct tickets after a warm-up, in microseconds per ticket.
// A benchmark, not a test: it prints figures and fails only when a far-future clock costs more
// than 200 µs, i.e. when the clock walks day by day again.
import { performance } from "node:perf_hooks";
import { ticketClock } from "../../dist/measure/ticket-clock.js";
import { buildModel } from "../../dist/model/build-model.js";
import { parseYamlFile } from "../../dist/repository/yaml-file.js";
import { compileCalendar } from "../../dist/time/business-calendar.js";

const H = 3_600_000;
const calendar = (spec) =>
  compileCalendar(
    [
      ...buildModel(
        parseYamlFile("c.yaml", `apiVersion: slm/v1\nkind: Calendar\nmetadata: { name: c }\nspec:\n${spec}`)
          .documents,
      ).calendars.values(),
    ][0],
  );
const calendars = {
  "DE-BY office": calendar(
    `  timezone: Europe/Berlin\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]\n  holidaysFrom: { country: DE, region: BY }\n`,
  ),
  "CN office": calendar(
    `  timezone: Asia/Shanghai\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]\n  holidaysFrom: { country: CN }\n`,
  ),
};
const NEVER = Date.parse("9999-12-31T10:30:00Z");
const N = 20_000;
const base = Date.parse("2024-01-02T07:00:00Z");
const opened = (i) => base + ((i * 7_919_000) % (300 * 24 * H));

const scenarios = {
  "resolved within days, threshold 8h": (cal, i) =>
    ticketClock(cal, opened(i), opened(i) + ((i % 50) + 1) * H, Infinity, 0, { ms: 8 * H }),
  "resolved 9999-12-31, threshold 8h": (cal, i) =>
    ticketClock(cal, opened(i), NEVER, Infinity, 0, { ms: 8 * H }),
  "open, as-of 9999-12-31, threshold 8h": (cal, i) =>
    ticketClock(cal, opened(i), null, NEVER, 0, { ms: 8 * H }),
  "resolved within days, threshold 3bd": (cal, i) =>
    ticketClock(cal, opened(i), opened(i) + ((i % 50) + 1) * H, Infinity, 0, { businessDays: 3 }),
  "resolved 9999-12-31, threshold 3bd": (cal, i) =>
    ticketClock(cal, opened(i), NEVER, Infinity, 0, { businessDays: 3 }),
};

let failed = false;
console.log(
  `ticket clocks, µs per ticket (mean of ${N.toLocaleString("en-US")} distinct tickets after a warm-up)`,
);
for (const [calName, cal] of Object.entries(calendars)) {
  for (const [name, run] of Object.entries(scenarios)) {
    for (let i = 0; i < 2_000; i++) run(cal, i);
    const t0 = performance.now();
    let sink = 0;
    for (let i = 0; i < N; i++) sink += run(cal, i).clockMs;
    const us = ((performance.now() - t0) * 1000) / N;
    console.log(
      `  ${calName.padEnd(13)} ${name.padEnd(38)} ${us.toFixed(2).padStart(8)} µs${sink < 0 ? "!" : ""}`,
    );
    if (name.includes("9999") && us > 200) failed = true;
  }
}
if (failed) {
  console.log("FAIL: a far-future clock costs more than 200 µs");
  process.exitCode = 1;
}
