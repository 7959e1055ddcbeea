import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDUNDANT_ISPS } from "../fixtures/attribution/redundant-isps.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// SPEC §17 `slm credits`: the fixture of test/fixtures/attribution/redundant-isps.ts, May 2024.
// By hand (test/spec/section-17-attribution.test.ts derives each downtime):
//   payable   acme-shop  60 min down → 99.8656% < 99.9%            → 10% × EUR 10,000 = 1,000.00
//   claimable colo-dc    40 min      → 99.9104% < 99.95%           → 20% × EUR  2,000 =   400.00
//             fastnet   110 min      → 99.7536% < 99.9%            → 10% × EUR    500 =    50.00
//             metrolink  60 min      → 99.8656% < 99.9%            → 10% × EUR    500 =    50.00
//   deadline  May's last day 2024-05-31 + 30d = 2024-06-30 (SPEC's own example)
//   net shop  1,000 − (400 + 50 + 50) = 500.00
//   exposure  acme-shop: top tiers 25% (one target), cap 100% → 25% × 10,000 = 2,500.00
//   recoverable colo-dc 20% × 2,000 = 400 + fastnet 10% × 500 = 50 + metrolink 50 = 500.00

let root: string;
beforeAll(() => {
  root = tempRepo(REDUNDANT_ISPS, "slm-credits17-");
});
afterAll(() => removeDir(root));

async function credits(
  cwd: string,
  format = "json",
): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(["credits", "--period", "2024-05", "--format", format], { cwd });
}

describe("SPEC §17 slm credits", () => {
  it("JSON: payable against claimable for the same window, netted per service, with the claim deadline", async () => {
    const r = await credits(root);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.payable).toEqual([
      {
        sla: "acme-shop",
        customer: "acme",
        service: "shop",
        window: "2024-05",
        amount: 1000,
        currency: "EUR",
      },
    ]);
    expect(json.claimable).toEqual([
      {
        uc: "colo-dc",
        supplier: "colo",
        service: "dc",
        window: "2024-05",
        amount: 400,
        currency: "EUR",
        deadline: "2024-06-30",
      },
      {
        uc: "fastnet",
        supplier: "fastnet",
        service: "isp-a",
        window: "2024-05",
        amount: 50,
        currency: "EUR",
        deadline: "2024-06-30",
      },
      {
        uc: "metrolink",
        supplier: "metrolink",
        service: "isp-b",
        window: "2024-05",
        amount: 50,
        currency: "EUR",
        deadline: "2024-06-30",
      },
    ]);
    expect(json.net).toEqual([
      {
        service: "shop",
        currency: "EUR",
        payable: 1000,
        claimable: 500,
        net: 500,
        suppliers: [
          { supplier: "colo", uc: "colo-dc", claimable: 400 },
          { supplier: "fastnet", uc: "fastnet", claimable: 50 },
          { supplier: "metrolink", uc: "metrolink", claimable: 50 },
        ],
      },
    ]);
    expect(json.totals).toEqual([
      { currency: "EUR", payable: 1000, claimable: 500, net: 500, exposure: 2500, recoverable: 500 },
    ]);
    expect(json.cost).toEqual([
      {
        sla: "acme-shop",
        customer: "acme",
        service: "shop",
        fee: { amount: 10000, currency: "EUR" },
        exposure: { amount: 2500, currency: "EUR" },
        underpinning: [
          {
            kind: "OLA",
            name: "desk",
            service: "shop",
            provider: "desk",
            fee: null,
            sharedBy: 1,
            maxRecoverable: null,
            share: null,
          },
          {
            kind: "UC",
            name: "colo-dc",
            service: "dc",
            provider: "colo",
            fee: { amount: 2000, currency: "EUR" },
            sharedBy: 1,
            maxRecoverable: { amount: 400, currency: "EUR" },
            share: { amount: 400, currency: "EUR" },
          },
          {
            kind: "UC",
            name: "fastnet",
            service: "isp-a",
            provider: "fastnet",
            fee: { amount: 500, currency: "EUR" },
            sharedBy: 1,
            maxRecoverable: { amount: 50, currency: "EUR" },
            share: { amount: 50, currency: "EUR" },
          },
          {
            kind: "UC",
            name: "metrolink",
            service: "isp-b",
            provider: "metrolink",
            fee: { amount: 500, currency: "EUR" },
            sharedBy: 1,
            maxRecoverable: { amount: 50, currency: "EUR" },
            share: { amount: 50, currency: "EUR" },
          },
        ],
        recoverable: [{ amount: 500, currency: "EUR" }],
      },
    ]);
    expect(json.notes).toEqual([]);
  });

  it("a UC shared by two SLAs: its claim and its recoverable split evenly, counted once in the totals; currencies apart", async () => {
    // A second customer's portal on the same data centre, billed in USD, never down itself:
    // nothing payable; colo-dc's EUR 400 claim nets 200 under each service; sharedBy 2.
    // Portal exposure: 10% × USD 5,000 = 500 (USD totals); EUR recoverable stays 500 (400 once).
    const shared = tempRepo(
      {
        ...REDUNDANT_ISPS,
        "catalogue-portal.yaml":
          "apiVersion: slm/v1\nkind: Service\nmetadata: { name: portal }\nspec: { owner: it, dependsOn: [dc] }\n",
        "agreements/globex-portal.yaml": `apiVersion: slm/v1
kind: SLA
metadata: { name: globex-portal }
spec:
  service: portal
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  fee: { amount: 5000, currency: USD, per: month }
  targets:
    - { name: availability, metric: availability, objective: 99%, source: outages, credits: [{ below: 99%, credit: 10% }] }
`,
      },
      "slm-credits17-shared-",
    );
    try {
      const r = await credits(shared);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(
        json.net.map(
          (n: { service: string; currency: string; payable: number; claimable: number; net: number }) => [
            n.service,
            n.currency,
            n.payable,
            n.claimable,
            n.net,
          ],
        ),
      ).toEqual([
        ["portal", "EUR", 0, 200, -200],
        ["shop", "EUR", 1000, 300, 700],
      ]);
      const colo = json.cost
        .find((c: { sla: string }) => c.sla === "globex-portal")
        .underpinning.find((u: { name: string }) => u.name === "colo-dc");
      expect(colo).toMatchObject({ sharedBy: 2, maxRecoverable: { amount: 400 }, share: { amount: 200 } });
      expect(json.totals).toEqual([
        { currency: "EUR", payable: 1000, claimable: 500, net: 500, exposure: 2500, recoverable: 500 },
        { currency: "USD", payable: 0, claimable: 0, net: 0, exposure: 500, recoverable: 0 },
      ]);
    } finally {
      removeDir(shared);
    }
  });

  it("table and Markdown say the same figures", async () => {
    const table = await credits(root, "table");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("2024-06-30");
    expect(table.stdout).toMatch(/shop\s+│ EUR 1,000\.00 │ EUR 500\.00 │ EUR 500\.00/);
    const md = await credits(root, "markdown");
    expect(md.stdout).toContain("| colo-dc | colo | dc | 2024-05 | EUR 400.00 | 2024-06-30 |");
    expect(md.stdout).toContain("| shop | EUR 1,000.00 | EUR 500.00 | EUR 500.00 |");
  });

  it("table and Markdown in the report languages (SPEC §18); JSON the same whatever the locale", async () => {
    const de = await runCli(["credits", "--period", "2024-05", "--format", "markdown", "--locale", "de"], {
      cwd: root,
    });
    expect(de.stdout).toContain("## An Kunden zu zahlen (im Zeitraum Mai 2024 fällige Gutschriften)");
    expect(de.stdout).toContain("| colo-dc | colo | dc | 2024-05 | 400,00\u00a0€ | 2024-06-30 |");
    const zh = await runCli(["credits", "--period", "2024-05", "--locale", "zh-CN"], { cwd: root });
    expect(zh.stdout).toContain("可向供应商索赔");
    expect(zh.stdout).toContain("€400.00");
    const json = (locale: string) =>
      runCli(["credits", "--period", "2024-05", "--format", "json", "--locale", locale], { cwd: root });
    expect((await json("zh-CN")).stdout).toBe((await json("en")).stdout);
  });
});
