import { describe, expect, it } from "vitest";
import { TicketTally } from "../../src/measure/ticket-tally.js";
import type { TicketRecord } from "../../src/sources/records.js";
import { calendarFromModel } from "../../src/time/business-calendar.js";
import { modelFromYaml } from "../report/helpers.js";

const MIN = 60_000;
const T0 = Date.parse("2024-05-01T00:00:00Z");
const MAY = { start: T0, end: Date.parse("2024-06-01T00:00:00Z") };
const JUNE = { start: MAY.end, end: Date.parse("2024-07-01T00:00:00Z") };
const calendar = calendarFromModel(modelFromYaml(""), "24x7");

const ticket = (id: string, opened: number, resolvedAfterMin: number | null): TicketRecord => ({
  id,
  service: "desk",
  priority: "P1",
  opened,
  responded: null,
  resolved: resolvedAfterMin === null ? null : opened + resolvedAfterMin * MIN,
  pausedMs: 0,
  pauses: null,
  dims: [],
  line: 0,
  file: "x",
});

function tally(asOf?: number) {
  const t = new TicketTally({
    service: "desk",
    priority: "P1",
    clock: "resolution",
    limit: { ms: 60 * MIN },
    calendar,
    filter: null,
    asOf,
  });
  t.addSpan(MAY);
  t.addSpan(JUNE);
  return t;
}

describe("the ticket tally (counts while the export streams)", () => {
  it("counts every ticket but keeps only the 10 longest breached clocks, ties by id", () => {
    const t = tally();
    // 40 tickets in May: clocks 31…70 min; 30 over the 60-minute threshold. Two more with 70 min.
    const all: { id: string; clock: number }[] = [];
    for (let i = 0; i < 40; i++) all.push({ id: `T${String(i).padStart(2, "0")}`, clock: 31 + i });
    all.push({ id: "A1", clock: 70 }, { id: "Z9", clock: 70 });
    for (const [k, x] of all.entries()) t.add(ticket(x.id, T0 + k * 3_600_000, x.clock));
    t.finish(Date.parse("2024-06-15T00:00:00Z"));
    const m = t.measurement(MAY)!;
    // Naive oracle: breached = clock > 60; sorted by clock descending, then id.
    const breached = all
      .filter((x) => x.clock > 60)
      .sort((a, b) => b.clock - a.clock || (a.id < b.id ? -1 : 1));
    expect([m.total, m.good, m.pending]).toEqual([42, 42 - breached.length, 0]);
    expect(m.tickets.map((x) => [x.id, x.clockMs / MIN])).toEqual(
      breached.slice(0, 10).map((x) => [x.id, x.clock]),
    );
    expect(t.measurement(JUNE)).toMatchObject({ total: 0, tickets: [] });
  });

  it("judges open tickets at the as-of instant known only at the end, and leaves out tickets opened after an explicit as-of", () => {
    const asOf = T0 + 10 * 60 * MIN;
    const implicit = tally();
    implicit.add(ticket("OPEN-LONG", T0, null)); // 600 min at as-of: breached
    implicit.add(ticket("OPEN-SHORT", asOf - 30 * MIN, null)); // 30 min: pending
    implicit.finish(asOf);
    expect(implicit.measurement(MAY)).toMatchObject({ total: 1, good: 0, pending: 1 });
    const explicit = tally(asOf);
    explicit.add(ticket("LATER", asOf + MIN, 5)); // opened after as-of: does not exist yet
    explicit.add(ticket("STOPS-LATER", asOf - 90 * MIN, 120)); // resolved after as-of: runs to it, 90 min
    explicit.finish(asOf);
    const m = explicit.measurement(MAY)!;
    expect([m.total, m.good, m.pending]).toEqual([1, 0, 0]);
    expect(m.tickets.map((x) => [x.id, x.clockMs / MIN, x.status])).toEqual([
      ["STOPS-LATER", 90, "breached"],
    ]);
  });

  it("with an explicit as-of judges a ticket without a stop as it arrives, as finish would (nothing waits)", () => {
    const asOf = T0 + 10 * 60 * MIN;
    const explicit = tally(asOf);
    explicit.add(ticket("OPEN-LONG", T0, null)); // 600 min at as-of > 60: breached
    explicit.add(ticket("OPEN-SHORT", asOf - 30 * MIN, null)); // 30 min at as-of: pending
    // Judged before finish: the counts are there already.
    expect(explicit.measurement(MAY)).toMatchObject({ total: 1, good: 0, pending: 1 });
    explicit.finish(asOf);
    const m = explicit.measurement(MAY)!;
    expect([m.total, m.good, m.pending]).toEqual([1, 0, 1]);
    expect(m.tickets.map((x) => [x.id, x.clockMs / MIN, x.status])).toEqual([
      ["OPEN-LONG", 600, "breached"],
      ["OPEN-SHORT", 30, "pending"],
    ]);
  });

  it("forgets everything on reset (the reader starts over)", () => {
    const t = tally();
    t.add(ticket("T1", T0, 90));
    t.reset();
    t.add(ticket("T2", T0, 10));
    t.finish(MAY.end);
    expect(t.measurement(MAY)).toMatchObject({ total: 1, good: 1, tickets: [] });
  });
});
