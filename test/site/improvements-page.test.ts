import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempDir } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

// The site's Improvements page over the examples' register (examples/improvements/), as of
// 2024-06-30, by hand: open or in progress — acme-email-2024-05-upgrade (action 2 due 2024-06-21,
// not done: 9 days overdue), acme-email-2024-05-p1-desk, acme-email-p2-backlog; done —
// acme-crm-2024-05-p2. Three open, one action overdue.

const EPOCH = "1719748800"; // 2024-06-30T12:00:00Z
const sites: Record<string, string> = {};
let work: string;

beforeAll(async () => {
  work = tempDir("slm-site-improvements-");
  for (const locale of ["en", "de", "zh-CN"]) {
    const out = join(work, locale);
    const r = await runCli(
      ["site", "--period", "2024-05", "--out", out, "--as-of", "2024-06-30", "--locale", locale],
      { cwd: EXAMPLES, env: { SOURCE_DATE_EPOCH: EPOCH } },
    );
    expect(r.code).toBe(0);
    sites[locale] = out;
  }
}, 180_000);
afterAll(() => removeDir(work));

const read = (locale: string, file: string) => readFileSync(join(sites[locale]!, file), "utf8");

/** The rows of the table that follows the heading `h2`, as text cells. */
function rowsAfter(html: string, h2: string): string[][] {
  const section = html.slice(html.indexOf(`<h2>${h2}</h2>`));
  const body = section.slice(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) =>
      c[1]!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
}

describe("the site's Improvements page", () => {
  it("lists the open items, then the overdue actions, then the closed ones", () => {
    const html = read("en", "improvements.html");
    expect(html).toContain("3 Improvements open, 1 action overdue");
    expect(rowsAfter(html, "Open and in progress").map((r) => [r[0], r[1], r[5], r[8]])).toEqual([
      ["acme-email-2024-05-upgrade", "SLA acme-email", "in progress", "1 / 3 1 overdue"],
      ["acme-email-2024-05-p1-desk", "SLA acme-email", "open", "0 / 1"],
      ["acme-email-p2-backlog", "SLA acme-email", "in progress", "1 / 2"],
    ]);
    expect(rowsAfter(html, "Overdue actions (as of 2024-06-30)")).toEqual([
      [
        "Keep a tested rollback plan with every change record",
        "acme-email-2024-05-upgrade",
        "SLA acme-email",
        "messaging-team",
        "2024-06-21 9 days ago",
      ],
    ]);
    expect(rowsAfter(html, "Done and cancelled").map((r) => [r[0], r[5]])).toEqual([
      ["acme-crm-2024-05-p2", "done"],
    ]);
    // Each row is an anchor the agreement pages link to; the agreement links back.
    expect(html).toContain('<span id="improvement-acme-crm-2024-05-p2">');
    expect(html).toContain('<a href="agreements/sla-acme-crm.html">SLA acme-crm</a>');
  });

  it("each agreement's page lists its own Improvements, linked to the register; others say there are none", () => {
    const crm = read("en", "agreements/sla-acme-crm.html");
    expect(crm).toContain(
      '<a href="../improvements.html#improvement-acme-crm-2024-05-p2">acme-crm-2024-05-p2</a>',
    );
    expect(crm).not.toContain("acme-email-2024-05-upgrade");
    const portal = read("en", "agreements/sla-globex-portal.html");
    expect(portal).toContain("The register holds no Improvement about this agreement.");
    // Every page's navigation reaches it.
    expect(read("en", "index.html")).toContain('<a href="improvements.html">Improvements</a>');
  });

  it("is localised: German and Simplified Chinese words, the page's language", () => {
    const de = read("de", "improvements.html");
    expect(de).toContain('<html lang="de">');
    expect(de).toContain("<h1>Verbesserungen</h1>");
    expect(de).toContain("3 Verbesserungen offen, 1 Maßnahme überfällig");
    const zh = read("zh-CN", "improvements.html");
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("<h1>改进</h1>");
    expect(zh).toContain("3 项未关闭，1 项措施逾期");
    expect(read("zh-CN", "calendar.html")).toContain("措施逾期");
  });
});
