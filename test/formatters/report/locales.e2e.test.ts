import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../../src/core/locale.js";
import { removeDir, spawnCli, tempDir } from "../../helpers/cli.js";
import { EXAMPLES } from "../../helpers/paths.js";

/**
 * One example report in every locale, Markdown and HTML, through the built CLI (SPEC §18). The
 * machine's own language and zone must not show: every run sets a different LANG and TZ.
 */
const EPOCH = "1717398000"; // 2024-06-03T07:00:00Z
const MACHINES = [
  { LANG: "C.UTF-8", LC_ALL: "C.UTF-8", TZ: "UTC" },
  { LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8", TZ: "America/New_York" },
  { LANG: "zh_CN.UTF-8", LC_ALL: "zh_CN.UTF-8", TZ: "Asia/Tokyo" },
];

let out: string;
beforeAll(() => {
  out = tempDir("slm-locales-");
});
afterAll(() => removeDir(out));

// `--terms current`: the examples are in slm's own git history, whose commits would otherwise be
// named in the header (SPEC §16) and change the snapshots whenever an example is committed.
function report(args: string[], machine: Record<string, string>, cwd = EXAMPLES) {
  const base = ["report", "--period", "2024-05", "--sla", "acme-email", "--out", "-", "--terms", "current"];
  return spawnCli([...base, ...args], {
    cwd,
    env: { SOURCE_DATE_EPOCH: EPOCH, ...machine },
  });
}

describe("the acme-email report of May 2024 in each locale", () => {
  for (const locale of LOCALES) {
    for (const format of ["md", "html"] as const) {
      it(`${locale} ${format}`, async () => {
        const r = report(["--format", format, "--locale", locale], MACHINES[1]!);
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        if (format === "html")
          expect(r.stdout).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${locale}">`));
        await expect(r.stdout).toMatchFileSnapshot(
          `__snapshots__/locales/${locale}/acme-email.${format}.snap`,
        );
      });
    }
  }

  it("the same bytes whatever the machine's LANG and TZ", () => {
    const runs = MACHINES.map((machine) => report(["--format", "html", "--locale", "zh-CN"], machine).stdout);
    expect(runs[0]).toContain("摘要");
    for (const r of runs) expect(r).toBe(runs[0]);
  });

  it("JSON is byte-identical whatever the locale", () => {
    const json = LOCALES.map(
      (locale) => report(["--format", "json", "--locale", locale], MACHINES[0]!).stdout,
    );
    const plain = report(["--format", "json"], MACHINES[0]!).stdout;
    expect(plain.length).toBeGreaterThan(1000);
    for (const text of json) expect(text).toBe(plain);
    // The English words of the model stay English (SPEC §9 fields for machines and for diffing).
    expect(JSON.parse(plain).summary.sentence).toMatch(/^\d+ of \d+ targets met/);
  });

  it("JSON of the Chinese example is the same with spec.locale zh-CN and --locale en, and files are written in the locale", async () => {
    const china = join(EXAMPLES, "china");
    const args = ["report", "--period", "2024-Q2", "--sla", "jinling-erp", "--format", "json", "--out", "-"];
    const own = spawnCli(args, { cwd: china, env: { SOURCE_DATE_EPOCH: EPOCH } });
    const en = spawnCli([...args, "--locale", "en"], { cwd: china, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(own.code).toBe(0);
    expect(en.stdout).toBe(own.stdout);

    const dir = join(out, "china");
    const written = spawnCli(["report", "--period", "2024-Q2", "--format", "html", "--out", dir], {
      cwd: china,
      env: { SOURCE_DATE_EPOCH: EPOCH },
    });
    expect(written.code).toBe(0);
    const html = await readFile(join(dir, "2024-Q2", "jinling-erp.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    // Hand-checked against the English report: 30,000.00 CNY due in June, 0 of 4 targets met.
    expect(html).toContain('<h2 id="summary-heading">摘要</h2>');
    expect(html).toContain("4 项指标中 0 项达标");
    expect(html).toContain("¥30,000.00");
  });
});
