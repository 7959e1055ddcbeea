import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { slm } from "../helpers/validate-harness.js";

interface Case {
  name: string;
  content: string | Buffer;
  /** `code line:col` of every diagnostic. */
  expected: string[];
  status: 0 | 1;
}

const SERVICE = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: email }\nspec: { owner: it }\n";

const CASES: Case[] = [
  {
    name: "malformed YAML",
    content: "apiVersion: slm/v1\nkind: [Service\n",
    expected: ["yaml/syntax 3:1"],
    status: 1,
  },
  {
    name: "bad indentation",
    content: "apiVersion: slm/v1\n kind: Service\n",
    expected: ["yaml/syntax 1:13"],
    status: 1,
  },
  {
    name: "duplicate keys",
    content: SERVICE.replace("kind: Service\n", "kind: Service\nkind: Party\n"),
    expected: ["yaml/duplicate-key 3:1"],
    status: 1,
  },
  {
    name: "alias bomb",
    content: `a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
`,
    expected: ["yaml/alias-limit 1:1"],
    status: 1,
  },
  {
    name: "binary garbage",
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    expected: ["file/binary 3:1"],
    status: 1,
  },
  {
    name: "invalid UTF-8",
    content: Buffer.from("kind: Serv\xe9ce\n", "latin1"),
    expected: ["file/encoding 1:11"],
    status: 1,
  },
  { name: "a BOM is accepted", content: `\ufeff${SERVICE}`, expected: [], status: 0 },
  {
    name: "a list document",
    content: "- apiVersion: slm/v1\n",
    expected: ["document/not-a-mapping 1:1"],
    status: 1,
  },
  { name: "a scalar document", content: "just text\n", expected: ["document/not-a-mapping 1:1"], status: 1 },
  {
    name: "unknown kind",
    content: SERVICE.replace("kind: Service", "kind: Widget"),
    expected: ["schema/unknown-kind 2:7"],
    status: 1,
  },
  {
    name: "unknown apiVersion",
    content: SERVICE.replace("slm/v1", "slm/v2"),
    expected: ["schema/unknown-api-version 1:13"],
    status: 1,
  },
  {
    name: "wrong shapes",
    content: SERVICE.replace("{ owner: it }", "[it]"),
    expected: ["schema/type 4:7"],
    status: 1,
  },
  {
    name: "Feb 30, 24:30 and an unknown time zone",
    content: `apiVersion: slm/v1
kind: Calendar
metadata: { name: hours }
spec:
  timezone: Mars/Olympus
  hours: [{ days: [mon], from: "08:00", to: "24:30" }]
  holidays: [2023-02-29]
`,
    expected: ["schema/invalid-value 5:13", "schema/invalid-value 6:45", "schema/invalid-value 7:14"],
    status: 1,
  },
];

function dirWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir("slm-bad-");
  writeFileSync(join(dir, "slm.config.yaml"), "");
  writeFileSync(
    join(dir, "party.yaml"),
    "apiVersion: slm/v1\nkind: Party\nmetadata: { name: it }\nspec: { type: team }\n",
  );
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("bad input: a clear diagnostic, a defined exit code, never a stack trace", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const started = Date.now();
      const r = slm(["validate", "--format", "json"], { cwd: dirWith({ "input.yaml": c.content }) });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.stderr).toBe("");
      const diagnostics = JSON.parse(r.stdout).diagnostics as {
        code: string;
        line: number;
        column: number;
        file: string;
        message: string;
      }[];
      expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(c.expected);
      for (const d of diagnostics) {
        expect(d.file).toBe("input.yaml");
        expect(d.message).not.toMatch(/\n|at .*\.js:\d+/);
      }
      expect(r.status).toBe(c.status);
    });
  }

  it("a 100 MB YAML file is refused unread, within seconds", () => {
    const dir = dirWith({});
    const fd = openSync(join(dir, "huge.yaml"), "w");
    const chunk = Buffer.from("key: value\n".repeat(100_000));
    for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const started = Date.now();
    const r = slm(["validate", "--format", "json"], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([
      {
        code: "file/too-large",
        severity: "error",
        message: "file is 100.7 MiB; agreement files are limited to 16 MiB (is it really an slm document?)",
        file: "huge.yaml",
        line: 1,
        column: 1,
        pointer: "",
      },
    ]);
    expect(r.status).toBe(1);
  });

  it("a nonexistent path and a directory without YAML files: one line, exit 2", () => {
    const dir = tempDir("slm-none-");
    writeFileSync(join(dir, "notes.txt"), "no yaml here\n");
    expect(slm(["-C", dir, "validate"])).toEqual({
      stdout: "",
      stderr: `slm: no YAML files to validate in ${dir} (include: **/*.yaml, **/*.yml)\n`,
      status: 2,
    });
    expect(slm(["validate", "missing"], { cwd: dir })).toEqual({
      stdout: "",
      stderr: "slm: no such file or directory: missing\n",
      status: 2,
    });
    expect(slm(["-C", "missing", "validate"], { cwd: dir })).toEqual({
      stdout: "",
      stderr: "slm: no such file or directory: missing\n",
      status: 2,
    });
  });
});
