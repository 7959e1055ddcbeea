import { describe, expect, it } from "vitest";
import { parseDate, unwrap } from "../../src/core/values/index.js";
import { formatDayRange, noticeDeadline, uncoveredTermDays } from "../../src/coverage/term-coverage.js";
import { agreement, avail, modelFrom } from "./helpers.js";

const term = (start: string, end?: string) => ({
  start: unwrap(parseDate(start), start),
  end: end === undefined ? undefined : unwrap(parseDate(end), end),
});
const gaps = (sla: ReturnType<typeof term>, ...supporting: ReturnType<typeof term>[]) =>
  uncoveredTermDays(sla, supporting).map(formatDayRange);

describe("term coverage", () => {
  it("finds gaps at the start, between agreements and at the end", () => {
    expect(
      gaps(
        term("2024-01-01", "2025-12-31"),
        term("2024-03-01", "2024-06-30"),
        term("2024-08-01", "2025-11-30"),
      ),
    ).toEqual(["2024-01-01..2024-02-29", "2024-07-01..2024-07-31", "2025-12-01..2025-12-31"]);
  });

  it("joins back-to-back terms and ignores terms outside the SLA", () => {
    expect(
      gaps(
        term("2024-01-01", "2025-12-31"),
        term("2025-01-01", "2025-12-31"),
        term("2024-01-01", "2024-12-31"),
      ),
    ).toEqual([]);
    expect(gaps(term("2024-01-01", "2024-01-31"), term("2023-01-01", "2023-12-31"))).toEqual([
      "2024-01-01..2024-01-31",
    ]);
    expect(gaps(term("2024-01-01", "2024-01-01"))).toEqual(["2024-01-01"]);
  });

  it("handles open ends on either side", () => {
    expect(gaps(term("2024-01-01"), term("2024-01-01"))).toEqual([]);
    expect(gaps(term("2024-01-01"), term("2023-06-01", "2025-12-31"))).toEqual(["2026-01-01 onwards"]);
    expect(gaps(term("2024-01-01", "2030-12-31"), term("2024-06-01"))).toEqual(["2024-01-01..2024-05-31"]);
    expect(gaps(term("2024-01-01"))).toEqual(["2024-01-01 onwards"]);
  });

  it("computes the notice deadline as term end − notice period (calendar months)", () => {
    const model = modelFrom(
      agreement("uc", {
        kind: "UC",
        service: "isp",
        term: "{ start: 2024-01-01, end: 2025-05-31 }",
        contract: "{ noticePeriod: 3mo }",
        targets: [avail("99%")],
      }),
      agreement("open", {
        kind: "UC",
        service: "isp",
        term: "{ start: 2024-01-01 }",
        contract: "{ noticePeriod: 3mo }",
        targets: [avail("99%")],
      }),
    );
    expect(noticeDeadline(model.agreements[0]!)?.text).toBe("2025-02-28");
    expect(noticeDeadline(model.agreements[1]!)).toBeUndefined();
  });
});
