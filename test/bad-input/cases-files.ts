import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { HostileCase, Where } from "./corpus.js";

/** Hostile agreement files: what `slm validate` makes of them. */

const SERVICE = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: email }\nspec: { owner: it }\n";
const PARTY = "apiVersion: slm/v1\nkind: Party\nmetadata: { name: it }\nspec: { type: team }\n";

/** `code line:col` of every diagnostic of `validate --format json`, each message one line. */
function diagnostics(expected: string[]): (stdout: string) => void {
  return (stdout) => {
    const found = JSON.parse(stdout).diagnostics as {
      code: string;
      line: number;
      column: number;
      message: string;
    }[];
    const brief = found.map((d) => `${d.code} ${d.line}:${d.column}`);
    if (JSON.stringify(brief) !== JSON.stringify(expected)) {
      throw new Error(`diagnostics: expected ${JSON.stringify(expected)}, got ${JSON.stringify(brief)}`);
    }
    for (const d of found) if (/\n|at .*\.js:\d+/.test(d.message)) throw new Error(`message: ${d.message}`);
  };
}

/** A repository of `input.yaml` beside a Party, validated as JSON. */
function validateCase(
  name: string,
  item: string,
  content: string | Uint8Array,
  expected: string[],
  code: 0 | 1,
): HostileCase {
  return {
    name,
    item,
    repo: { "slm.config.yaml": "", "party.yaml": PARTY, "input.yaml": content },
    argv: ["validate", "--format", "json"],
    code,
    stdout: diagnostics(expected),
    stderr: "",
  };
}

const nested = (depth: number) =>
  `${SERVICE}  x: ${"[".repeat(depth)}${"]".repeat(depth)}\n`.replace(
    "spec: { owner: it }\n",
    "spec:\n  owner: it\n",
  );

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? "\ufeff" : ""}${text}`, "utf16le");
  if (order === "le") return le;
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  return be;
}

const SECRET =
  "apiVersion: slm/v1\nkind: Service\nmetadata: { name: secret-token-4711 }\nspec: { owner: [ }\n";

export const FILE_CASES: HostileCase[] = [
  validateCase("malformed YAML", "held", "apiVersion: slm/v1\nkind: [Service\n", ["yaml/syntax 3:1"], 1),
  validateCase("bad indentation", "held", "apiVersion: slm/v1\n kind: Service\n", ["yaml/syntax 1:13"], 1),
  validateCase(
    "duplicate keys",
    "held",
    SERVICE.replace("kind: Service\n", "kind: Service\nkind: Party\n"),
    ["yaml/duplicate-key 3:1"],
    1,
  ),
  validateCase(
    "alias bomb",
    "held",
    `a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
`,
    ["yaml/alias-limit 1:1"],
    1,
  ),
  validateCase(
    "binary garbage",
    "held",
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    ["file/binary 3:1"],
    1,
  ),
  validateCase(
    "invalid UTF-8",
    "held",
    Buffer.from("kind: Serv\xe9ce\n", "latin1"),
    ["file/encoding 1:11"],
    1,
  ),
  validateCase("a BOM is accepted", "held", `\ufeff${SERVICE}`, [], 0),
  validateCase("a list document", "held", "- apiVersion: slm/v1\n", ["document/not-a-mapping 1:1"], 1),
  validateCase("a scalar document", "held", "just text\n", ["document/not-a-mapping 1:1"], 1),
  validateCase(
    "unknown kind",
    "held",
    SERVICE.replace("kind: Service", "kind: Widget"),
    ["schema/unknown-kind 2:7"],
    1,
  ),
  validateCase(
    "unknown apiVersion",
    "held",
    SERVICE.replace("slm/v1", "slm/v2"),
    ["schema/unknown-api-version 1:13"],
    1,
  ),
  validateCase("wrong shapes", "held", SERVICE.replace("{ owner: it }", "[it]"), ["schema/type 4:7"], 1),
  validateCase(
    "Feb 30, 24:30 and an unknown time zone",
    "held",
    `apiVersion: slm/v1
kind: Calendar
metadata: { name: hours }
spec:
  timezone: Mars/Olympus
  hours: [{ days: [mon], from: "08:00", to: "24:30" }]
  holidays: [2023-02-29]
`,
    ["schema/invalid-value 5:13", "schema/invalid-value 6:45", "schema/invalid-value 7:14"],
    1,
  ),
  {
    name: "a 100 MB YAML file is refused unread, within seconds",
    item: "held",
    repo: { "slm.config.yaml": "", "party.yaml": PARTY },
    setup: ({ repo }) => {
      const fd = openSync(join(repo, "huge.yaml"), "w");
      const chunk = Buffer.from("key: value\n".repeat(100_000));
      for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
      closeSync(fd);
    },
    argv: ["validate", "--format", "json", "huge.yaml"],
    code: 1,
    stdout: (out) => {
      const [d] = JSON.parse(out).diagnostics;
      const expected =
        "file is 100.7 MiB; agreement files are limited to 16 MiB (is it really an slm document?)";
      if (d.code !== "file/too-large" || d.message !== expected) throw new Error(out);
    },
  },
  {
    name: "400,000 values in a 1 MB file are refused before the full parser runs",
    item: "new",
    repo: {
      "slm.config.yaml": "",
      "party.yaml": PARTY,
      "big.yaml": `${SERVICE}x: [${"a,".repeat(400_000)}a]\n`,
    },
    argv: ["validate", "--format", "json", "big.yaml"],
    code: 1,
    stdout: (out) => {
      const [d, ...rest] = JSON.parse(out).diagnostics;
      const expected =
        "file holds about 400,005 values; agreement files are limited to 100,000 (is it really an slm document?)";
      if (rest.length > 0 || d.code !== "file/too-large" || d.message !== expected) throw new Error(out);
    },
  },
  {
    name: "a directory without YAML files: one line, exit 2",
    item: "held",
    repo: { "notes.txt": "no yaml here\n" },
    argv: ({ repo }) => ["-C", repo, "validate"],
    code: 2,
    stdout: "",
    stderr: (text, { repo }) => {
      if (text !== `slm: no YAML files to validate in ${repo} (include: **/*.yaml, **/*.yml)\n`)
        throw new Error(text);
    },
  },
  {
    name: "a nonexistent path: one line, exit 2",
    item: "held",
    repo: { "notes.txt": "no yaml here\n" },
    argv: ["validate", "missing"],
    code: 2,
    stdout: "",
    stderr: "slm: no such file or directory: missing\n",
  },
  {
    name: "a nonexistent directory: one line, exit 2",
    item: "held",
    repo: { "notes.txt": "no yaml here\n" },
    argv: ["-C", "missing", "validate"],
    code: 2,
    stdout: "",
    stderr: "slm: no such file or directory: missing\n",
  },
  // Item 14: a UTF-16 file is named as such, with the command that converts it.
  validateCase("UTF-16LE with a byte order mark", "14", utf16(SERVICE, "le", true), ["file/encoding 1:1"], 1),
  {
    ...validateCase("UTF-16BE without a byte order mark", "14", utf16(SERVICE, "be", false), [], 1),
    argv: ["validate"],
    stdout:
      /input\.yaml:1:1 {2}error {2}file is UTF-16BE encoded, not UTF-8; save it as UTF-8 \(for example: iconv -f UTF-16BE -t UTF-8 FILE > FILE\.utf8\) {2}file\/encoding\n/,
  },
  validateCase(
    "UTF-32LE with a byte order mark",
    "14",
    Buffer.concat([
      Buffer.from([0xff, 0xfe, 0, 0]),
      ...[...SERVICE].map((ch) => Buffer.from([ch.charCodeAt(0), 0, 0, 0])),
    ]),
    ["file/encoding 1:1"],
    1,
  ),
  // Item 8: nesting that used to exhaust the parser's stack.
  validateCase("1,000 nested flow lists", "8", nested(1000), ["yaml/too-deep 6:68"], 1),
  validateCase(
    "1,000 nested block mappings",
    "8",
    `${SERVICE.replace("spec: { owner: it }\n", "spec:\n  owner: it\n")}${Array.from(
      { length: 1000 },
      (_, i) => `${"  ".repeat(i + 1)}k${i}:\n`,
    ).join("")}${"  ".repeat(1001)}v\n`,
    ["yaml/too-deep 69:129"],
    1,
  ),
  validateCase(
    "half a million nested brackets are refused before any parser runs",
    "8",
    `a: ${"[".repeat(500_000)}${"]".repeat(500_000)}\n`,
    ["yaml/too-deep 1:67"],
    1,
  ),
  validateCase(
    "5 MB of carriage returns (a pattern that backtracked quadratically)",
    "new",
    `${SERVICE}${"\r".repeat(5_000_000)}`,
    [],
    0,
  ),
  validateCase("65 levels are too deep", "8", nested(64), ["yaml/too-deep 6:68"], 1),
  validateCase(
    "64 levels are not (then the schema speaks)",
    "8",
    nested(62),
    ["schema/unknown-property 6:3"],
    1,
  ),
  validateCase(
    "aliases that nest without nesting in the text",
    "8",
    `a0: &a0 ${"[".repeat(50)}${"]".repeat(50)}\n${Array.from({ length: 29 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]\n`).join("")}`,
    ["yaml/too-deep 15:12"],
    1,
  ),
  // Item 5: a committed link to a file outside the repository is refused unread.
  {
    name: "an agreement file that links to a file outside the repository",
    item: "5",
    repo: { "slm.config.yaml": "", "party.yaml": PARTY },
    setup: linkOutside("linked.yaml", "secret.yaml", SECRET),
    argv: ["validate"],
    code: 1,
    stdout: (out) => {
      if (out.includes("secret-token-4711")) throw new Error(`echoed the outside file:\n${out}`);
      if (
        !/^linked\.yaml:1:1 {2}error {2}file is a symbolic link to a file outside the repository; it is not read {2}file\/outside-repository$/m.test(
          out,
        )
      ) {
        throw new Error(out);
      }
    },
    stderr: "",
  },
  {
    name: "a directory that links outside the repository",
    item: "5",
    repo: { "slm.config.yaml": "", "party.yaml": PARTY },
    setup: ({ repo, outside }) => {
      mkdirSync(join(outside, "agreements"));
      writeFileSync(join(outside, "agreements", "secret.yaml"), SECRET);
      symlinkSync(join(outside, "agreements"), join(repo, "agreements"));
    },
    argv: ["validate", "--format", "json"],
    code: 1,
    stdout: (out) => {
      if (out.includes("secret-token-4711")) throw new Error(out);
      diagnostics(["file/outside-repository 1:1"])(out);
      if (JSON.parse(out).diagnostics[0].file !== "agreements/secret.yaml") throw new Error(out);
    },
  },
  {
    name: "coverage stops at the refused link, naming it on one line",
    item: "5",
    repo: { "slm.config.yaml": "", "party.yaml": PARTY },
    setup: linkOutside("linked.yaml", "secret.yaml", SECRET),
    argv: ["coverage"],
    code: 1,
    stdout: "",
    stderr:
      "linked.yaml:1:1: error file/outside-repository: file is a symbolic link to a file outside the repository; it is not read\n" +
      "slm: the repository has 1 validation error; run `slm validate` for details\n",
  },
  // Item 13: files that cannot be read at all.
  {
    name: "a YAML file that cannot be read (EACCES)",
    item: "13",
    repo: { "slm.config.yaml": "", "party.yaml": PARTY, "locked.yaml": SERVICE },
    faults: [{ call: "fs.readFileSync", path: "repo/locked.yaml", code: "EACCES" }],
    argv: ["validate"],
    code: 2,
    stdout: "",
    stderr: "slm: cannot read locked.yaml: permission denied (EACCES)\n",
  },
  {
    name: "a directory of agreements that cannot be listed (EACCES) is not skipped silently",
    item: "13",
    repo: { "slm.config.yaml": "", "party.yaml": PARTY, "locked/service.yaml": SERVICE },
    faults: [{ call: "fs.readdir", path: "repo/locked", code: "EACCES" }],
    argv: ["validate"],
    code: 2,
    stdout: "",
    stderr: "slm: cannot read directory locked: permission denied (EACCES)\n",
  },
  {
    name: "slm.config.yaml that is a directory",
    item: "13",
    repo: { "party.yaml": PARTY },
    setup: ({ repo }) => mkdirSync(join(repo, "slm.config.yaml")),
    argv: ["validate"],
    code: 2,
    stdout: "",
    stderr: "slm: cannot read slm.config.yaml: it is a directory, not a file\n",
  },
];

function linkOutside(link: string, target: string, content: string): (where: Where) => void {
  return ({ repo, outside }) => {
    writeFileSync(join(outside, target), content);
    symlinkSync(join(outside, target), join(repo, link));
  };
}
