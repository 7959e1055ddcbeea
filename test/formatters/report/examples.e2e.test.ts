import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The rendered reports of the example repository (examples/), May 2024, through the built CLI
 * with a fixed generation time. The snapshots show a reviewer what a customer really receives.
 */
const run = promisify(execFile);
const EPOCH = "1717398000"; // 2024-06-03T07:00:00Z

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "slm-examples-"));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe("reports of the example repository", () => {
  for (const format of ["md", "html"] as const) {
    it(`renders every SLA of May 2024 as ${format}`, async () => {
      const dir = join(out, format);
      const { stdout, stderr } = await run(
        process.execPath,
        // --terms current: the terms line would otherwise name the commit that last changed the
        // examples, which moves with every change to them (SPEC §16; tested in test/spec).
        [
          "bin/slm.js",
          "-C",
          "examples",
          "report",
          "--period",
          "2024-05",
          "--format",
          format,
          "--out",
          dir,
          "--terms",
          "current",
        ],
        { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, NO_COLOR: "1", FORCE_COLOR: "0" } },
      );
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^wrote \d+ reports to /);
      const files = (await readdir(join(dir, "2024-05"))).sort();
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.endsWith(`.${format}`)).toBe(true);
        const text = await readFile(join(dir, "2024-05", file), "utf8");
        await expect(text).toMatchFileSnapshot(`__snapshots__/examples/2024-05/${file}.snap`);
      }
    });
  }
});
