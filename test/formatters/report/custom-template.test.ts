import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/errors.js";
import { renderReport } from "../../../src/formatters/report/render-template.js";
import { hostileModel, loadModel } from "./fixtures.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "slm-template-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function template(name: string, source: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, source);
  return file;
}

describe("--template: a user's template", () => {
  it("replaces the built-in one and gets the model, the helpers and the partials", async () => {
    const file = await template(
      "brief.md.hbs",
      [
        '{{displayName}} ({{period period.label}}, {{date generatedAt format="long"}})',
        "{{#each targets}}",
        "- {{name}}: {{percent value}} / {{percent objective}} {{> md-status}} {{duration threshold}}",
        "{{/each}}",
        "Credit: {{currency credits.amount credits.currency}}; {{number targets.4.count}} samples",
        "",
      ].join("\n"),
    );
    const out = await renderReport(loadModel("acme-email-2024-05"), "md", { templatePath: file });
    expect(out).toBe(
      [
        "ACME Corp — Corporate e-mail (May 2024, 3 June 2024)",
        "- availability: 99.865% / 99.9% **Breached (minor)** –",
        "- p1-response: 91.666% / 95% **Breached (major)** 15m",
        "- p1-resolution: 95.833% / 95% Met 4h",
        "- p2-resolution: 62.5% / 90% **Breached (critical)** 8h",
        "- api-latency: 99.354% / 99% Met 500ms",
        "- restore: 100% / 100% Met 4h",
        "- webmail-success: – / 99.5% No data –",
        "Credit: EUR 3,000.00; 267,840 samples",
        "",
      ].join("\n"),
    );
  });

  it("HTML templates escape data the same way", async () => {
    const file = await template(
      "mine.html.hbs",
      '<h1>{{displayName}}</h1><p title="{{customer}}">{{service}}</p>',
    );
    const out = await renderReport(hostileModel(), "html", { templatePath: file });
    expect(out).toBe(
      "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" +
        '<p title="&quot; onerror&#x3D;alert(1) x&#x3D;&quot;">{{constructor.constructor &#x27;alert(1)&#x27;}}</p>',
    );
  });

  it("cannot reach prototypes through the model", async () => {
    const file = await template(
      "proto.hbs",
      '[{{constructor}}][{{targets.constructor}}][{{lookup this "__proto__"}}]',
    );
    expect(renderReport(loadModel("acme-email-2024-05"), "md", { templatePath: file })).toBe("[][][]");
  });

  it("a misspelt field is an error naming the template (strict mode)", async () => {
    const file = await template("typo.hbs", "{{#each targets}}{{nmae}}{{/each}}");
    const error = thrown(() => renderReport(loadModel("acme-email-2024-05"), "md", { templatePath: file }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`template ${file}: "nmae" not defined (line 1, column 20)`);
  });

  it("a syntax error is a one-line error", async () => {
    const file = await template("broken.hbs", "{{#each targets}}\n{{name}\n");
    const error = thrown(() => renderReport(loadModel("acme-email-2024-05"), "md", { templatePath: file }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(new RegExp(`^template ${file}: Parse error on line 2:`));
    expect(error.message).not.toContain("\n");
  });

  it("the examples in docs/templates.md render", async () => {
    const docs = await readFile(new URL("../../../docs/templates.md", import.meta.url), "utf8");
    const blocks = [...docs.matchAll(/```handlebars\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    const html = await renderReport(hostileModel(), "html", {
      templatePath: await template("doc.html.hbs", blocks[0]!),
    });
    expect(html).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain("NC-1");
    const md = await renderReport(loadModel("acme-email-2024-05"), "md", {
      templatePath: await template("doc.md.hbs", blocks[1]!),
    });
    expect(md).toContain("- p2-resolution: 62.5% against 90% — **Breached (critical)**\n");
  });

  it("a missing template file is an input error", async () => {
    const file = join(dir, "nope.hbs");
    expect(() => renderReport(loadModel("acme-email-2024-05"), "md", { templatePath: file })).toThrow(
      new InputError(`cannot read template ${file} (ENOENT)`),
    );
  });
});

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}
