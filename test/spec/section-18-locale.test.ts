import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

// SPEC §18 — localised reports: --locale, then the agreement's spec.locale, then reports.locale
// in the config, else en; the HTML root element carries the code as given; JSON never changes.

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;
const sla = (name: string, extra = "") =>
  doc(
    "SLA",
    name,
    `  service: web\n  provider: ops\n  customer: acme\n  term: { start: 2024-01-01 }\n  review: { every: 1y, last: 2024-01-01 }\n${extra}  targets: [{ name: availability, metric: availability, objective: 99.9% }]\n`,
  );
const files = (config: string) => ({
  "slm.config.yaml": config,
  "catalogue.yaml": doc("Service", "web", "  owner: ops\n"),
  "outages.yaml": doc(
    "DataSource",
    "outages",
    "  type: outages\n  path: outages.csv\n  service: web\n  columns: { start: start, end: end }\n",
  ),
  "outages.csv": "start,end\n2024-05-10T10:00:00Z,2024-05-10T11:30:00Z\n",
  "chinese.yaml": sla("chinese", "  locale: zh-CN\n"),
  "plain.yaml": sla("plain"),
});

const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups) removeDir(dir);
});

function repo(config: string): string {
  const root = tempRepo(files(config));
  cleanups.push(root);
  return root;
}

async function htmlLangs(root: string, args: string[] = []): Promise<Record<string, string>> {
  const r = await runCli(["report", "--period", "2024-05", "--format", "html", ...args], {
    cwd: root,
    env: { SOURCE_DATE_EPOCH: "1717200000" },
  });
  expect(r.stderr).toMatch(/^wrote 2 reports/);
  expect(r.code).toBe(0);
  const lang = (name: string) =>
    /<html lang="([^"]+)">/.exec(readFileSync(join(root, "reports", "2024-05", `${name}.html`), "utf8"))![1]!;
  return { chinese: lang("chinese"), plain: lang("plain") };
}

describe("the report's locale", () => {
  it("is the agreement's spec.locale, else reports.locale of the config", async () => {
    expect(await htmlLangs(repo("reports: { locale: de }\n"))).toEqual({ chinese: "zh-CN", plain: "de" });
  });

  it("is en when neither the agreement nor the config names one", async () => {
    expect(await htmlLangs(repo(""))).toEqual({ chinese: "zh-CN", plain: "en" });
  });

  it("--locale wins over both", async () => {
    expect(await htmlLangs(repo("reports: { locale: de }\n"), ["--locale", "en"])).toEqual({
      chinese: "en",
      plain: "en",
    });
  });

  it("words the whole report: the 90-minute outage is 1 小时 30 分 in Chinese, 1 Std. 30 Min. in German", async () => {
    const root = repo("reports: { locale: de }\n");
    const md = async (name: string) =>
      (
        await runCli(["report", "--period", "2024-05", "--sla", name, "--out", "-"], {
          cwd: root,
          env: { SOURCE_DATE_EPOCH: "1717200000" },
        })
      ).stdout;
    const chinese = await md("chinese");
    const german = await md("plain");
    // 10:00–11:30 UTC, 24x7 in UTC (no zone set): 90 minutes, the outage's whole length.
    expect(chinese).toContain("| 1 小时 30 分 | 1 小时 30 分 |");
    expect(chinese).toContain("## 摘要");
    expect(german).toContain("| 1 Std. 30 Min. | 1 Std. 30 Min. |");
    expect(german).toContain("## Zusammenfassung");
  });

  it("never changes the JSON", async () => {
    const root = repo("reports: { locale: de }\n");
    const json = async (args: string[]) =>
      (
        await runCli(
          ["report", "--period", "2024-05", "--sla", "chinese", "--format", "json", "--out", "-", ...args],
          {
            cwd: root,
            env: { SOURCE_DATE_EPOCH: "1717200000" },
          },
        )
      ).stdout;
    const plain = await json([]);
    // 90 minutes down against 0.1% of 744 h = 44.64 min allowed: 202% of the budget, a major breach.
    expect(plain).toContain('"sentence": "0 of 1 target met; 1 breach (1 major)"');
    for (const locale of ["en", "de", "zh-CN"]) expect(await json(["--locale", locale])).toBe(plain);
  });
});

describe("locale values are checked", () => {
  it("spec.locale must be a supported code, with a suggestion for a near miss", async () => {
    const root = tempRepo({ ...files(""), "chinese.yaml": sla("chinese", "  locale: zh_CN\n") });
    cleanups.push(root);
    const r = await runCli(["validate", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).diagnostics;
    expect(d).toMatchObject({ code: "schema/enum", file: "chinese.yaml", line: 10, pointer: "/spec/locale" });
    expect(d.message).toContain("zh-CN");
  });

  it("reports.locale in slm.config.yaml too", async () => {
    const root = repo("reports: { locale: fr }\n");
    const r = await runCli(["validate", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0]).toMatchObject({
      code: "schema/enum",
      file: "slm.config.yaml",
      pointer: "/reports/locale",
    });
  });

  it("--locale takes only the supported codes: a usage error, exit 2", async () => {
    const r = await runCli(["report", "--period", "2024-05", "--locale", "fr"], { cwd: repo("") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--locale.*fr.*en, de, zh-CN/);
  });
});

describe("KPI and coverage Markdown in each locale", () => {
  const run = async (cwd: string, args: string[]) => {
    const r = await runCli(args, { cwd, env: { SOURCE_DATE_EPOCH: "1717200000" } });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };
  const kpi = (locale: string) =>
    run(EXAMPLES, ["kpi", "--period", "2024-05", "--format", "markdown", "--locale", locale]);

  it("kpi: headings and shares in the language (4 of the 5 top-level services have an SLA: 80.0%)", async () => {
    // 4/5 = 80.0%; 16 of the 22 SLA targets underpinned = 72.72…% → 72.7%; 5/22 at risk = 22.7%.
    const [en, de, zh] = await Promise.all([kpi("en"), kpi("de"), kpi("zh-CN")]);
    expect(en).toContain("| Services with an SLA | 4 of 5 | 80.0% |");
    expect(de).toContain("### Kennzahlen des Service-Level-Managements");
    expect(de).toContain("| Services mit SLA | 4 von 5 | 80,0\u00a0% |");
    expect(de).toContain("| SLA-Ziele mit OLA/UC unterlegt | 16 von 22 | 72,7\u00a0% |");
    expect(zh).toContain("### 服务级别管理 KPI");
    expect(zh).toContain("| 有 SLA 的服务 | 4/5 | 80.0% |");
    expect(zh).toContain("| 有风险的 SLA 指标 | 5 | 22.7% |");
  });

  it("coverage: the Chinese example speaks zh-CN from its config; --locale overrides it", async () => {
    const china = `${EXAMPLES}/china`;
    const zh = await run(china, ["coverage", "--format", "markdown"]);
    // examples/china: one SLA of 4 targets, each underpinned by the one OLA.
    expect(zh).toContain("## 支撑覆盖");
    expect(zh).toContain("**4 项指标：4 项已覆盖，0 项有风险，0 项未覆盖**");
    expect(zh).toContain("| availability | 可用性 ≥ 99.9% | OLA erp-app-ops/availability | ✅ 已覆盖 |");
    const en = await run(china, ["coverage", "--format", "markdown", "--locale", "en"]);
    expect(en).toContain("**4 targets: 4 covered, 0 at-risk, 0 uncovered**");
    // The same counts as the KPI above, worded in German: 16 + 5 + 1 = 22.
    const de = await run(EXAMPLES, [
      "coverage",
      "--format",
      "markdown",
      "--locale",
      "de",
      "--fail-on",
      "never",
    ]);
    expect(de).toContain("**23 Ziele: 16 abgedeckt, 5 gefährdet, 1 nicht abgedeckt, 1 nicht anwendbar**");
  });

  it("their JSON never changes with the locale", async () => {
    const kpiJson = (locale: string) =>
      run(EXAMPLES, ["kpi", "--period", "2024-05", "--format", "json", "--locale", locale]);
    const coverageJson = (locale: string) =>
      run(`${EXAMPLES}/china`, ["coverage", "--format", "json", "--locale", locale]);
    const [k, c] = [await kpiJson("en"), await coverageJson("en")];
    expect(JSON.parse(k)).toBeTruthy();
    for (const locale of ["de", "zh-CN"]) {
      expect(await kpiJson(locale)).toBe(k);
      expect(await coverageJson(locale)).toBe(c);
    }
  });
});
