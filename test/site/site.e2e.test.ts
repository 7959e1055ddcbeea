import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { launchChromium, runsInChromium } from "../helpers/chromium.js";
import { removeDir, spawnCli, tempDir } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

/**
 * The examples' site in Debian's headless Chromium (never a downloaded browser), as the HTML
 * report's browser test does: in CI a missing Chromium fails the run; elsewhere it is skipped
 * with a message.
 */
interface PageGlobals {
  document: {
    documentElement: { lang: string; scrollWidth: number };
    querySelectorAll(s: string): ArrayLike<{ getAttribute(name: string): string | null }>;
  };
  innerWidth: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The examples' catalogue read straight from its YAML: services and one edge per dependsOn member. */
function catalogue(): { services: string[]; edges: string[] } {
  const dir = join(EXAMPLES, "services");
  const services: string[] = [];
  const edges: string[] = [];
  for (const file of readdirSync(dir)) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
      const d = doc.toJS() as {
        metadata: { name: string };
        spec: { dependsOn?: (string | { anyOf: string[] })[] };
      };
      services.push(d.metadata.name);
      for (const dep of d.spec.dependsOn ?? []) {
        for (const to of typeof dep === "string" ? [dep] : dep.anyOf) edges.push(`${d.metadata.name}→${to}`);
      }
    }
  }
  return { services: services.sort(), edges: edges.sort() };
}

describe.skipIf(!runsInChromium("the site browser test"))("the examples' site in headless Chromium", () => {
  let browser: Browser;
  let out: string;
  let pages: string[];

  beforeAll(async () => {
    out = tempDir("slm-site-");
    const r = spawnCli(
      ["-C", EXAMPLES, "site", "--period", "2024-05", "--out", out, "--as-of", "2024-06-30"],
      {
        cwd: EXAMPLES,
        env: { SOURCE_DATE_EPOCH: "1719748800" },
        timeout: 120_000,
      },
    );
    expect(r.stderr).toContain("wrote the site");
    expect(r.code).toBe(0);
    pages = filesUnder(out).filter((f) => f.endsWith(".html"));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (out) removeDir(out);
  });

  async function open(file: string, viewport = { width: 1100, height: 900 }) {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return { page, problems, requests };
  }

  it("has the pages of docs/site.md: portfolio, graph, KPIs, calendar, Improvements, one per agreement, every report in three formats", () => {
    const rel = filesUnder(out).map((f) => relative(out, f).split(sep).join("/"));
    for (const p of [
      "index.html",
      "graph.html",
      "kpis.html",
      "calendar.html",
      "improvements.html",
      "calendar.ics",
      ".nojekyll",
    ])
      expect(rel).toContain(p);
    // examples/README.md: 4 SLAs, 6 OLAs, 5 UCs, all in force in May 2024.
    expect(rel.filter((p) => p.startsWith("agreements/"))).toHaveLength(15);
    for (const ext of ["html", "md", "json"])
      expect(rel.filter((p) => p.startsWith("reports/2024-05/") && p.endsWith(`.${ext}`))).toHaveLength(15);
  });

  it("loads every page with no console error, no request outside the folder, and every link resolving", async () => {
    const root = pathToFileURL(out).href;
    for (const file of pages) {
      const { page, problems, requests } = await open(file);
      const name = relative(out, file);
      expect(problems, name).toEqual([]);
      for (const url of requests) expect(url.startsWith(`${root}/`), `${name} requested ${url}`).toBe(true);
      const links = await page.evaluate(() => {
        const g = globalThis as unknown as PageGlobals;
        return Array.from(g.document.querySelectorAll("a[href]"), (a) => a.getAttribute("href")!);
      });
      for (const link of links) {
        const target = new URL(link, pathToFileURL(file));
        expect(target.protocol, `${name}: ${link}`).toBe("file:");
        const path = fileURLToPath(target);
        expect(path.startsWith(out + sep), `${name}: ${link} leaves the folder`).toBe(true);
        expect(existsSync(path), `${name}: ${link} does not resolve`).toBe(true);
      }
      await page.close();
    }
  }, 300_000);

  it("links every agreement from the portfolio and every report format from the agreement's page", async () => {
    const { page } = await open(join(out, "agreements", "sla-acme-email.html"));
    const links = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return Array.from(g.document.querySelectorAll("a[href]"), (a) => a.getAttribute("href")!);
    });
    for (const ext of ["html", "md", "json"]) expect(links).toContain(`../reports/2024-05/acme-email.${ext}`);
    await page.close();
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const name of ["acme-email", "acme-crm", "globex-portal", "globex-service-desk"])
      expect(index).toContain(`href="agreements/sla-${name}.html"`);
  });

  it("links each Improvement from its agreement's page to its row on the Improvements page", async () => {
    const { page } = await open(join(out, "agreements", "sla-acme-email.html"));
    const links = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return Array.from(g.document.querySelectorAll("a[href]"), (a) => a.getAttribute("href")!);
    });
    await page.close();
    // examples/improvements/: three Improvements are about acme-email (acme-crm's is not).
    const fragments = links.filter((l) => l.startsWith("../improvements.html#")).map((l) => l.split("#")[1]!);
    expect(fragments).toEqual([
      "improvement-acme-email-2024-05-upgrade",
      "improvement-acme-email-2024-05-p1-desk",
      "improvement-acme-email-p2-backlog",
    ]);
    const register = await open(join(out, "improvements.html"));
    const ids = await register.page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return Array.from(g.document.querySelectorAll("[id]"), (e) => e.getAttribute("id")!);
    });
    expect(register.problems).toEqual([]);
    await register.page.close();
    for (const f of fragments) expect(ids, f).toContain(f);
  });

  it("draws a node per service and an edge per dependency, coloured by coverage verdict", async () => {
    const { page } = await open(join(out, "graph.html"));
    const drawn = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      const attr = (s: string, a: string) =>
        Array.from(g.document.querySelectorAll(s), (e) => e.getAttribute(a)!);
      const from = attr("svg.graph path.edge", "data-from");
      const to = attr("svg.graph path.edge", "data-to");
      return {
        nodes: attr("svg.graph g.node", "data-service"),
        verdicts: attr("svg.graph g.node", "data-verdict"),
        edges: from.map((f, i) => `${f}→${to[i]}`),
        routed: attr("svg.graph path.edge", "d").filter((d) => d.includes("L")).length,
      };
    });
    const expected = catalogue();
    // The 16 rows of examples/README.md's "Service catalogue" table (15 files: internet-access.yaml
    // holds isp-a and isp-b), with 15 dependency edges: email 4 (the anyOf pair counted per member), crm 3, customer-portal 2,
    // service-desk 2, file-share 1, web-frontend 3.
    expect(expected.services).toHaveLength(16);
    expect(expected.edges).toHaveLength(15);
    expect([...drawn.nodes].sort()).toEqual(expected.services);
    expect([...drawn.edges].sort()).toEqual(expected.edges);
    expect(drawn.routed).toBe(expected.edges.length);
    const verdictOf = (s: string) => drawn.verdicts[drawn.nodes.indexOf(s)];
    // examples/README.md: acme-email's recovery-time is uncovered (isp-b has no repair target);
    // file-share has no SLA and underpins none.
    expect(verdictOf("email")).toBe("uncovered");
    expect(verdictOf("isp-b")).toBe("uncovered");
    expect(verdictOf("file-share")).toBe("none");
    expect(verdictOf("mail-platform")).toBe("covered");
    await page.close();
  });

  it("is usable at phone width: no page is wider than the screen (wide tables and the graph scroll in their box)", async () => {
    for (const file of pages.filter((f) => !f.includes(`${sep}reports${sep}`))) {
      const { page } = await open(file, { width: 375, height: 740 });
      const overflow = await page.evaluate(() => {
        const g = globalThis as unknown as PageGlobals;
        return g.document.documentElement.scrollWidth - g.innerWidth;
      });
      expect(overflow, relative(out, file)).toBeLessThanOrEqual(0);
      await page.close();
    }
  }, 120_000);

  it("prints the portfolio and the graph to PDF", async () => {
    for (const name of ["index.html", "graph.html", "calendar.html"]) {
      const { page } = await open(join(out, name));
      await page.emulateMedia({ media: "print" });
      const navShown = await page.evaluate(() => {
        const g = globalThis as unknown as PageGlobals & {
          getComputedStyle(e: unknown): { display: string };
          document: { querySelector(s: string): unknown };
        };
        return g.getComputedStyle(g.document.querySelector("header")).display !== "none";
      });
      expect(navShown).toBe(false);
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
      await page.close();
    }
  }, 120_000);

  it("is deterministic: a second build with SOURCE_DATE_EPOCH writes the same bytes", () => {
    const again = tempDir("slm-site-");
    try {
      const r = spawnCli(
        ["-C", EXAMPLES, "site", "--period", "2024-05", "--out", again, "--as-of", "2024-06-30"],
        {
          cwd: EXAMPLES,
          env: { SOURCE_DATE_EPOCH: "1719748800" },
          timeout: 120_000,
        },
      );
      expect(r.code).toBe(0);
      const a = filesUnder(out)
        .map((f) => relative(out, f))
        .sort();
      const b = filesUnder(again)
        .map((f) => relative(again, f))
        .sort();
      expect(b).toEqual(a);
      for (const f of a)
        expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    } finally {
      removeDir(again);
    }
  }, 180_000);
});
