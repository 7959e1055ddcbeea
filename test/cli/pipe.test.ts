import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

describe("output to a pipe", () => {
  it("stops quietly with exit 0 when the reader closes the pipe early (slm … | head -1)", () => {
    const result = spawnSync(
      "bash",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash expansion, not a template
      ["-c", 'node bin/slm.js -C examples export openslo | head -1; echo "status=${PIPESTATUS[0]}"'],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(result.stdout).toBe("---\nstatus=0\n");
    expect(result.stderr).toBe("");
  });
});
