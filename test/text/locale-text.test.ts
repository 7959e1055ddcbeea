import { describe, expect, it } from "vitest";
import { localeText } from "../../src/text/locale-text.js";
import { formatScope } from "../../src/text/scope-text.js";

// Expected figures written by hand from the conventions of each language (Duden / DIN 5008 for
// German: decimal comma, a space before % and €; GB/T 15835 and common usage for Chinese).
const en = localeText("en");
const de = localeText("de");
const zh = localeText("zh-CN");
const NBSP = "\u00a0";

describe("durations in words (SPEC §18)", () => {
  it("4h 30m in each language", () => {
    const seconds = 4 * 3600 + 30 * 60;
    expect(en.duration(seconds)).toBe("4h 30m");
    expect(de.duration(seconds)).toBe("4 Std. 30 Min.");
    expect(zh.duration(seconds)).toBe("4 小时 30 分");
  });

  it("days, seconds, milliseconds and nothing", () => {
    expect(de.duration(86_400 + 2 * 3600)).toBe("1 Tg. 2 Std.");
    expect(zh.duration(86_400 + 2 * 3600)).toBe("1 天 2 小时");
    expect(de.duration(45)).toBe("45 Sek.");
    expect(zh.duration(0.5)).toBe("500 毫秒");
    expect(de.duration(0)).toBe("0 Sek.");
    expect(zh.duration(-90)).toBe("−1 分 30 秒");
  });

  it("business days as written in the agreement", () => {
    expect(en.threshold(null, "2bd")).toBe("2 business days");
    expect(en.threshold(null, "1bd")).toBe("1 business day");
    expect(de.threshold(null, "1bd")).toBe("1 Werktag");
    expect(de.threshold(null, "3bd")).toBe("3 Werktage");
    expect(zh.threshold(null, "2bd")).toBe("2 个工作日");
  });
});

describe("numbers and money (Intl.NumberFormat)", () => {
  it("the brief's figures: ¥60,000.00 and 60.000,00 €", () => {
    expect(zh.currency(60_000, "CNY")).toBe("¥60,000.00");
    expect(de.currency(60_000, "EUR")).toBe(`60.000,00${NBSP}€`);
    // English keeps the ISO code with a plain space, as the JSON model's sentence has it.
    expect(en.currency(60_000, "CNY")).toBe("CNY 60,000.00");
  });

  it("a currency of another country says whose it is", () => {
    expect(zh.currency(1200, "EUR")).toBe("€1,200.00");
    expect(de.currency(1200, "CNY")).toBe(`1.200,00${NBSP}CN¥`);
    expect(de.currency(150_000, "JPY")).toBe(`150.000${NBSP}¥`);
  });

  it("grouping and decimals, the true minus sign", () => {
    expect(de.number(1_234_567.5, 1)).toBe("1.234.567,5");
    expect(zh.number(1_234_567)).toBe("1,234,567");
    expect(de.number(-1200)).toBe("−1.200");
  });

  it("percentages stay truncated, never rounded up, in every language", () => {
    // 0.99899999 is 99.899999%: three decimals truncated give 99.899, never 99.9.
    expect(de.percent(0.99899999)).toBe(`99,899${NBSP}%`);
    expect(zh.percent(0.99899999)).toBe("99.899%");
    expect(de.points(-0.275)).toBe("−27,5 PP");
    expect(zh.points(0.0005)).toBe("+0.05 个百分点");
    expect(de.budgetShare(13.333)).toBe(`1.333${NBSP}%`);
  });
});

describe("dates and month names (Intl.DateTimeFormat)", () => {
  // 2024-04-30T22:00Z is midnight of 1 May in Berlin (CEST, +02:00).
  const may1 = "2024-04-30T22:00:00.000Z";
  it("long dates and months", () => {
    expect(en.date(may1, "Europe/Berlin", "long")).toBe("1 May 2024");
    expect(de.date(may1, "Europe/Berlin", "long")).toBe("1. Mai 2024");
    expect(zh.date(may1, "Europe/Berlin", "long")).toBe("2024年5月1日");
    expect(de.periodLabel("2024-03")).toBe("März 2024");
    expect(zh.periodLabel("2024-05")).toBe("2024年5月");
  });

  it("numeric dates: the locale's own order in German, ISO in English and Chinese", () => {
    expect(de.date("2024-05-14T07:12:00Z", "Europe/Berlin")).toBe("14.05.2024 09:12");
    expect(zh.date("2024-05-14T07:12:00Z", "Asia/Shanghai")).toBe("2024-05-14 15:12");
    expect(en.date("2024-05-14T07:12:00Z", "Europe/Berlin")).toBe("2024-05-14 09:12");
  });

  it("quarters, years, ranges and axis labels", () => {
    expect(zh.periodLabel("2024-Q2")).toBe("2024年第2季度");
    expect(de.periodLabel("2024-Q2")).toBe("Q2 2024");
    expect(zh.periodLabel("2024")).toBe("2024年");
    expect(zh.periodShort("2024-05")).toBe("24年5月");
    expect(de.periodShort("2024-03")).toBe("März 24");
    expect(de.periodLabel("2024-05-01..2024-05-15")).toBe("01.05.2024 – 15.05.2024");
    expect(zh.dateRange("2024-03-31T16:00:00Z", "2024-06-30T16:00:00Z", "Asia/Shanghai")).toBe(
      "2024年4月1日 至 2024年6月30日",
    );
  });

  it("local times with the zone's name in the language", () => {
    // 2024-05-12T00:00Z is 02:00 summer time in Berlin: CEST in English, MESZ in German.
    const ms = Date.parse("2024-05-12T00:00:00Z");
    expect(en.localTime(ms, "Europe/Berlin")).toBe("2024-05-12 02:00 CEST");
    expect(de.localTime(ms, "Europe/Berlin")).toBe("12.05.2024 02:00 MESZ");
    expect(zh.localTime(ms, "Asia/Shanghai")).toBe("2024-05-12 08:00 GMT+8");
  });
});

describe("lists and plurals", () => {
  it("joins names as the language does", () => {
    expect(en.list(["a", "b", "c"])).toBe("a, b and c");
    expect(de.list(["a", "b", "c"])).toBe("a, b und c");
    expect(zh.list(["a", "b", "c"])).toBe("a、b和c");
  });

  it("plural categories of the language (German one/other, Chinese other)", () => {
    expect(de.t("unit.ticket", { n: 1 })).toBe("Ticket");
    expect(de.t("report.fact.inputs.value", { count: 1, where: "x" })).toBe("1 Datei, SHA-256 unter x");
    expect(de.t("report.fact.inputs.value", { count: 3, where: "x" })).toBe("3 Dateien, SHA-256 unter x");
    expect(zh.t("report.fact.inputs.value", { count: 1, where: "x" })).toBe("1 个文件，SHA-256 见x");
  });

  it("an unknown key is an error naming it", () => {
    expect(() => de.t("no.such.key")).toThrow(/unknown message key "no.such.key"/);
  });
});

describe("a target's scope in words (SPEC §13)", () => {
  const scope = { customer: ["acme"], site: ["hamburg", "berlin", "köln"] };
  it("dimension and values as written, alternatives joined with the language's 'or'", () => {
    expect(formatScope(scope, en)).toBe("customer acme, site hamburg, berlin or köln");
    expect(formatScope(scope, de)).toBe("customer acme, site hamburg, berlin oder köln");
    expect(formatScope(scope, zh)).toBe("customer：acme；site：hamburg、berlin或köln");
    expect(formatScope({ site: [] }, de)).toBe("site keine");
    expect(formatScope(null, en)).toBe("");
  });
});
