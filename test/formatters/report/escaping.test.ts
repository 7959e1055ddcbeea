import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/formatters/report/markdown-escape.js";
import { renderReport } from "../../../src/formatters/report/render-template.js";
import { HOSTILE, hostileModel } from "./fixtures.js";

/** Unescaped `|` in a Markdown line (a `\|` is a literal pipe inside a cell). */
const cellSeparators = (line: string): number =>
  line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length - 1;

describe("escaping of values that came from files", () => {
  it("HTML: every hostile value comes out as inert text", async () => {
    const html = await renderReport(hostileModel(), "html", {});
    expect(html.match(/<script/gi)).toBeNull();
    expect(html).not.toMatch(/<img|<svg onload|onerror=|onload=/i);
    expect(html).not.toContain("</style><");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot; onerror&#x3D;alert(1) x&#x3D;&quot;");
    expect(html).toContain("&amp;lt;script&amp;gt;");
    // Template syntax in data is printed, never evaluated.
    expect(html).toContain(HOSTILE.mustache);
    expect(html).toContain("{{constructor.constructor &#x27;alert(1)&#x27;}}");
    // SVG text and titles are escaped as well.
    expect(html).toMatch(/<title id="trend-0-title">&lt;script&gt;alert\(1\)&lt;\/script&gt;a \| b \|\| c:/);
    expect(html).toMatch(/<text class="label"[^>]*>&lt;script&gt;alert\(1\)&lt;\/scrip…<\/text>/);
  });

  it("Markdown: no raw HTML, no injected markup, table rows keep their cells", async () => {
    const md = await renderReport(hostileModel(), "md", {});
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|\/style)/i);
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).toContain("\\[click me\\](javascript:alert(1))");
    expect(md).toContain("\\&lt;script\\&gt;");
    expect(md).toContain(HOSTILE.mustache);
    expect(md).not.toMatch(/^(first line|second|third)/m);
    expect(md).toContain("first line second \\| line third");
    expect(md).toContain("- \\# \\<script\\>");
    expect(md).toContain("- 1\\. a \\| b \\|\\| c");
    expect(md).toContain("- \\- \\&lt;script\\&gt;");

    // Every row of every table has as many cell separators as its header.
    const lines = md.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith("|") || (i > 0 && lines[i - 1]!.startsWith("|"))) continue;
      const expected = cellSeparators(lines[i]!);
      for (let j = i; j < lines.length && lines[j]!.startsWith("|"); j++) {
        expect(cellSeparators(lines[j]!), `line ${j + 1}: ${lines[j]}`).toBe(expected);
      }
    }
  });

  it("escapeMarkdown", () => {
    expect(escapeMarkdown("a|b")).toBe("a\\|b");
    expect(escapeMarkdown("x\r\ny\nz\u2028w")).toBe("x y z w");
    expect(escapeMarkdown("*bold* _it_ `code` ~s~ $x$")).toBe(
      "\\*bold\\* \\_it\\_ \\`code\\` \\~s\\~ \\$x\\$",
    );
    expect(escapeMarkdown("AT&T &amp;")).toBe("AT&T \\&amp;");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("back\\slash")).toBe("back\\\\slash");
  });
});
