import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ticketClock } from "../../src/measure/ticket-clock.js";
import type { TicketRecord } from "../../src/sources/records.js";
import { calendarFromModel } from "../../src/time/business-calendar.js";
import { removeDir, tempDir } from "../helpers/cli.js";
import { dataSourceFromSpec, readWholeSource } from "../helpers/read-source.js";
import { modelFromYaml } from "../report/helpers.js";

// SPEC §23, rule by rule, on small hand-made event logs. Every expected clock is worked out by
// hand in the comment next to it (wall-clock times, then service hours), not by the code under test.

const dir = tempDir("slm-events-");
afterAll(() => removeDir(dir));

const H = 3_600_000;
const T = (iso: string) => Date.parse(`${iso}Z`);

const EVENTS = `type: tickets
layout: events
service: desk
columns: { id: id, state: state, updated: updated, opened: opened, priority: priority, resolved: resolved }
states: { paused: [Waiting], stopped: [Resolved, Closed] }`;
/** The same log without `resolved`: the stop comes from the `stopped` states. */
const BY_STATES = EVENTS.replace(", resolved: resolved }", " }");

const HEADER = "id,state,updated,opened,priority,resolved\n";

let n = 0;
async function read(spec: string, rows: string) {
  const file = join(dir, `log${n++}.csv`);
  writeFileSync(file, HEADER + rows.trim().replace(/^ +/gm, "") + "\n");
  const { data, tickets, restarts } = await readWholeSource(dataSourceFromSpec(spec), [
    { file: "log.csv", absolute: file, sha256: "" },
  ]);
  return { data, restarts, byId: new Map(tickets.map((t) => [t.id, t])) };
}

const model = modelFromYaml(`apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: UTC
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
`);
const always = calendarFromModel(model, "24x7");
const office = calendarFromModel(model, "office");

/** The resolution clock of a ticket in hours: stop, else the as-of instant. */
function resolution(t: TicketRecord, asOf: number, calendar = always) {
  const c = ticketClock(calendar, t.opened, t.resolved, asOf, t.pauses ?? t.pausedMs, { ms: 1000 * H });
  return { clock: c.clockMs / H, paused: c.pausedMs / H, stopped: c.stopped };
}

const AS_OF = T("2024-05-31T00:00");

describe("layout: events — order, fields and stop (SPEC §23)", () => {
  it("ties in updated keep file order: the later row's state holds", async () => {
    const { byId } = await read(
      EVENTS,
      `A,New,2024-05-06T09:00,2024-05-06T09:00,P1,2024-05-06T15:00
       A,Active,2024-05-06T10:00,2024-05-06T09:00,P1,2024-05-06T15:00
       A,Waiting,2024-05-06T10:00,2024-05-06T09:00,P1,2024-05-06T15:00
       A,Active,2024-05-06T12:00,2024-05-06T09:00,P1,2024-05-06T15:00
       B,New,2024-05-06T09:00,2024-05-06T09:00,P1,2024-05-06T15:00
       B,Waiting,2024-05-06T10:00,2024-05-06T09:00,P1,2024-05-06T15:00
       B,Active,2024-05-06T10:00,2024-05-06T09:00,P1,2024-05-06T15:00`,
    );
    // A: Waiting (second of the 10:00 pair) holds 10:00 → 12:00 = 2 h; 6 h − 2 h = 4 h.
    expect(resolution(byId.get("A")!, AS_OF)).toEqual({ clock: 4, paused: 2, stopped: true });
    // B: Waiting lasts zero seconds (Active follows at the same minute): 6 h, nothing paused.
    expect(resolution(byId.get("B")!, AS_OF)).toEqual({ clock: 6, paused: 0, stopped: true });
    expect(byId.get("B")!.pauses).toBeNull();
  });

  it("a pause across a night counts only the service hours it covers", async () => {
    // Mon 2024-05-06 16:00 opened; Waiting Mon 17:00 → Tue 10:00; resolved Tue 12:00.
    const { byId } = await read(
      EVENTS,
      `N,New,2024-05-06T16:00,2024-05-06T16:00,P2,2024-05-07T12:00
       N,Waiting,2024-05-06T17:00,2024-05-06T16:00,P2,2024-05-07T12:00
       N,Active,2024-05-07T10:00,2024-05-06T16:00,P2,2024-05-07T12:00
       N,Resolved,2024-05-07T12:00,2024-05-06T16:00,P2,2024-05-07T12:00`,
    );
    const t = byId.get("N")!;
    // 24x7: 20 h open, 17 h paused (17:00 → 10:00) → 3 h.
    expect(resolution(t, AS_OF)).toEqual({ clock: 3, paused: 17, stopped: true });
    // Mon–Fri 08–18: open Mon 16–18 (2 h) + Tue 08–12 (4 h) = 6 h; paused Mon 17–18 (1 h) +
    // Tue 08–10 (2 h) = 3 h; clock 6 − 3 = 3 h. The 14 night hours were never service time.
    expect(resolution(t, AS_OF, office)).toEqual({ clock: 3, paused: 3, stopped: true });
  });

  it("reopened after a stop: the last run of stopped states is the stop; reopened and still open runs on", async () => {
    const rows = `R,New,2024-05-06T08:00,2024-05-06T08:00,P3,
       R,Resolved,2024-05-06T10:00,2024-05-06T08:00,P3,
       R,Closed,2024-05-06T11:00,2024-05-06T08:00,P3,
       R,Active,2024-05-06T13:00,2024-05-06T08:00,P3,
       R,Resolved,2024-05-06T17:00,2024-05-06T08:00,P3,
       R,Closed,2024-05-07T17:00,2024-05-06T08:00,P3,
       S,New,2024-05-06T08:00,2024-05-06T08:00,P3,
       S,Resolved,2024-05-06T10:00,2024-05-06T08:00,P3,
       S,Active,2024-05-06T12:00,2024-05-06T08:00,P3,`;
    const { byId } = await read(BY_STATES, rows);
    // R: last run Resolved 17:00, Closed: stop 17:00 → 9 h (the first stop at 10:00 does not count).
    expect(byId.get("R")!.resolved).toBe(T("2024-05-06T17:00"));
    expect(resolution(byId.get("R")!, AS_OF)).toEqual({ clock: 9, paused: 0, stopped: true });
    // S: reopened (Active last): no stop; at as-of 2024-05-31 00:00 it has run 24 d 16 h = 592 h.
    expect(byId.get("S")!.resolved).toBeNull();
    expect(resolution(byId.get("S")!, AS_OF)).toEqual({ clock: 592, paused: 0, stopped: false });
    // With resolved mapped (empty on every row) the states are not used: no stop for either.
    const mapped = await read(EVENTS, rows);
    expect(mapped.byId.get("R")!.resolved).toBeNull();
  });

  it("a ticket whose first row is already paused; time before the first row is not paused", async () => {
    const { byId } = await read(
      EVENTS,
      `P,Waiting,2024-05-06T09:00,2024-05-06T09:00,P1,2024-05-06T14:00
       P,Active,2024-05-06T11:00,2024-05-06T09:00,P1,2024-05-06T14:00
       Q,Waiting,2024-05-06T10:00,2024-05-06T09:00,P1,2024-05-06T14:00
       Q,Active,2024-05-06T11:00,2024-05-06T09:00,P1,2024-05-06T14:00
       E,Waiting,2024-05-06T07:00,2024-05-06T09:00,P1,2024-05-06T14:00
       E,Active,2024-05-06T11:00,2024-05-06T09:00,P1,2024-05-06T14:00`,
    );
    // P: paused from its opening 09:00 to 11:00: 5 h − 2 h = 3 h.
    expect(resolution(byId.get("P")!, AS_OF)).toEqual({ clock: 3, paused: 2, stopped: true });
    // Q: opened 09:00, first row 10:00: 09:00–10:00 is not paused; 10–11 is: 5 − 1 = 4 h.
    expect(resolution(byId.get("Q")!, AS_OF)).toEqual({ clock: 4, paused: 1, stopped: true });
    // E: its first row (07:00) is before the opening: only 09:00–11:00 counts: 5 − 2 = 3 h.
    expect(resolution(byId.get("E")!, AS_OF)).toEqual({ clock: 3, paused: 2, stopped: true });
  });

  it("unresolved at the as-of instant: a last paused state holds on until it", async () => {
    const { byId } = await read(
      EVENTS,
      `U,New,2024-05-06T08:00,2024-05-06T08:00,P2,
       U,Waiting,2024-05-06T10:00,2024-05-06T08:00,P2,
       V,New,2024-05-06T08:00,2024-05-06T08:00,P2,
       V,Active,2024-05-06T10:00,2024-05-06T08:00,P2,`,
    );
    const asOf = T("2024-05-08T08:00");
    // U: 48 h to as-of, Waiting from 10:00 on: 46 h paused, clock 2 h (pending under any threshold ≥ 2 h).
    expect(byId.get("U")!.pauses).toEqual(
      new Float64Array([T("2024-05-06T10:00"), Number.POSITIVE_INFINITY]),
    );
    expect(resolution(byId.get("U")!, asOf)).toEqual({ clock: 2, paused: 46, stopped: false });
    // V: never paused: 48 h.
    expect(resolution(byId.get("V")!, asOf)).toEqual({ clock: 48, paused: 0, stopped: false });
    // In office hours: U open Mon 08–18, Tue 08–18, Wed 08:00 = 20 h, paused from Mon 10:00 = 18 h → 2 h.
    expect(resolution(byId.get("U")!, asOf, office)).toEqual({ clock: 2, paused: 18, stopped: false });
  });

  it("fields come from the last row in file order, opened from the first; rows are sorted by updated", async () => {
    const { byId } = await read(
      EVENTS,
      `F,New,2024-05-06T08:00,2024-05-06T08:00,P3,2024-05-06T20:00
       F,Resolved,2024-05-06T20:00,2024-05-06T08:30,P3,2024-05-06T20:00
       F,Waiting,2024-05-06T12:00,2024-05-06T09:00,P2,2024-05-06T18:00`,
    );
    const t = byId.get("F")!;
    // Priority and resolved from the last line (P2, 18:00), opened from the first (08:00).
    expect([t.priority, t.opened, t.resolved]).toEqual(["P2", T("2024-05-06T08:00"), T("2024-05-06T18:00")]);
    // In updated order: New 08:00, Waiting 12:00, Resolved 20:00: Waiting 12:00 → 20:00, cut at the
    // stop 18:00 → 6 h paused; 10 h − 6 h = 4 h.
    expect(resolution(t, AS_OF)).toEqual({ clock: 4, paused: 6, stopped: true });
  });

  it("a log not sorted by id gives the same tickets (read twice, with a note); the sorted one is read once", async () => {
    const sorted = `A,New,2024-05-06T08:00,2024-05-06T08:00,P1,2024-05-06T12:00
       A,Waiting,2024-05-06T09:00,2024-05-06T08:00,P1,2024-05-06T12:00
       A,Active,2024-05-06T10:00,2024-05-06T08:00,P1,2024-05-06T12:00
       B,New,2024-05-06T08:30,2024-05-06T08:30,P1,2024-05-06T10:30
       B,Waiting,2024-05-06T09:30,2024-05-06T08:30,P1,2024-05-06T10:30`;
    // The same rows interleaved by time (each ticket's rows still in their own order).
    const byTime = `B,New,2024-05-06T08:30,2024-05-06T08:30,P1,2024-05-06T10:30
       A,New,2024-05-06T08:00,2024-05-06T08:00,P1,2024-05-06T12:00
       A,Waiting,2024-05-06T09:00,2024-05-06T08:00,P1,2024-05-06T12:00
       B,Waiting,2024-05-06T09:30,2024-05-06T08:30,P1,2024-05-06T10:30
       A,Active,2024-05-06T10:00,2024-05-06T08:00,P1,2024-05-06T12:00`;
    const a = await read(EVENTS, sorted);
    const b = await read(EVENTS, byTime);
    expect(a.restarts).toBe(0);
    expect(b.restarts).toBe(1);
    // A: 4 h − 1 h paused = 3 h; B: 2 h − 1 h (Waiting 09:30 → stop 10:30) = 1 h.
    for (const r of [a, b]) {
      expect(resolution(r.byId.get("A")!, AS_OF)).toEqual({ clock: 3, paused: 1, stopped: true });
      expect(resolution(r.byId.get("B")!, AS_OF)).toEqual({ clock: 1, paused: 1, stopped: true });
    }
    expect(a.data.notes).toEqual([]);
    expect(b.data.notes).toEqual([
      "src: the event log is not sorted by ticket id, so it was read twice, holding the 2 ticket ids in memory (sort it by id to read it once in constant memory)",
    ]);
    expect(b.data.latest).toBe(T("2024-05-06T12:00"));
  });

  it("unreadable rows are skipped and counted; a state named in states that never occurs is a note", async () => {
    const { data, byId } = await read(
      EVENTS.replace("paused: [Waiting]", "paused: [Waiting, Awaiting Vendr]"),
      `A,New,2024-05-06T08:00,2024-05-06T08:00,P1,2024-05-06T12:00
       A,,2024-05-06T09:00,2024-05-06T08:00,P1,2024-05-06T12:00
       A,Active,,2024-05-06T08:00,P1,2024-05-06T12:00
       A,Waiting,2024-05-06T12:00,2024-05-06T08:00,P1,2024-05-06T12:00
       A,Resolved,2024-05-06T12:00,2024-05-06T08:00,P1,2024-05-06T12:00
       C,New,2024-05-06T08:00,2024-05-06T08:00,P1,2024-05-06T07:00`,
    );
    expect(data.skipped.map((s) => [s.reason, s.count, s.lines])).toEqual([
      ["missing state", 1, [3]],
      ["missing updated", 1, [4]],
      ["resolved before opened", 1, [7]],
    ]);
    // A keeps its three readable rows: 4 h; its Waiting row lasts zero seconds (Resolved at the same minute).
    expect(resolution(byId.get("A")!, AS_OF)).toEqual({ clock: 4, paused: 0, stopped: true });
    expect(byId.has("C")).toBe(false);
    expect(data.notes).toEqual([
      'src: states.paused names "Awaiting Vendr", which occurs in no row of its files, so it pauses nothing (states found: "New", "Resolved", "Waiting")',
    ]);
  });
});
