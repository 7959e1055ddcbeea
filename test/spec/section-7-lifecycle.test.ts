import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempGitRepo, tempRepo } from "../helpers/cli.js";

// SPEC §7 — Lifecycle and portfolio commands.

const SERVICE = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: email }\nspec: { owner: it }\n";
const sla = (name: string, extra: string) => `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: email
  provider: it
  customer: acme
${extra}`;

describe("SPEC §7 slm review", () => {
  it("`slm review [--within 60d]`: reviews due within the window (default 60 days)", async () => {
    const target = "  targets: [{ name: availability, metric: availability, objective: 99.9% }]\n";
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE,
        // Due 2024-03-19: from 2024-01-20 that is 11 (rest of Jan) + 29 (Feb) + 19 = 59 days.
        sla(
          "due-in-59",
          `  term: { start: 2023-01-01 }\n  review: { every: 1y, last: 2023-03-19 }\n${target}`,
        ),
        // Due 2024-03-21: 11 + 29 + 21 = 61 days, outside the default window.
        sla(
          "due-in-61",
          `  term: { start: 2023-01-01 }\n  review: { every: 1y, last: 2023-03-21 }\n${target}`,
        ),
      ].join("---\n"),
    });
    const r = await runCli(["review", "--as-of", "2024-01-20", "--format", "json"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const items = (
      JSON.parse(r.stdout) as { items: { name: string; event: string; date: string; days: number }[] }
    ).items;
    expect(items.map((i) => [i.name, i.event, i.date, i.days])).toEqual([
      ["due-in-59", "review-due", "2024-03-19", 59],
    ]);
  });
});

describe("SPEC §7 slm diff", () => {
  const base = sla(
    "acme-email",
    `  term: { start: 2024-01-01, end: 2025-12-31 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: availability, metric: availability, objective: 99.9%, credits: [{ below: 99.9%, credit: 10% }] }
`,
  );
  function gitRepo(): string {
    return tempGitRepo({ "slm.config.yaml": "", "repo.yaml": `${SERVICE}---\n${base}` });
  }

  it("semantic diff …: term and credit changes; `--format text|markdown|json`", async () => {
    const cwd = gitRepo();
    const file = join(cwd, "repo.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("end: 2025-12-31", "end: 2026-06-30")
        .replace("credit: 10% }", "credit: 15% }"),
    );
    const r = await runCli(["diff", "HEAD", "--format", "json"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const changes = (
      JSON.parse(r.stdout) as {
        changes: { name: string; target: string | null; field: string; from: string; to: string }[];
      }
    ).changes;
    const term = changes.find((c) => c.field.startsWith("term"));
    expect(term).toMatchObject({ name: "acme-email", target: null });
    expect(term!.from).toContain("2025-12-31");
    expect(term!.to).toContain("2026-06-30");
    const credits = changes.find((c) => c.field.startsWith("credit"));
    expect(credits).toMatchObject({ name: "acme-email", target: "availability" });
    expect(credits!.from).toContain("10%");
    expect(credits!.to).toContain("15%");

    const md = await runCli(["diff", "HEAD", "--format", "markdown"], { cwd });
    expect(md.code).toBe(0);
    // A Markdown document for a pull request comment: it names the changed values.
    expect(md.stdout).toMatch(/^#/m);
    expect(md.stdout).toContain("2026-06-30");
    expect(md.stdout).toContain("15%");
    const text = await runCli(["diff", "HEAD", "--format", "text"], { cwd });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("2026-06-30");
  });
});
