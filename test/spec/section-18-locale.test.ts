import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

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
