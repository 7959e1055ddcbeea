import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HostileCase } from "./corpus.js";
import { CATALOGUE, OUTAGES, reportRepo, slaOnWeb } from "./repositories.js";

/**
 * Values from repository files that try to drive the terminal or the CI runner (issue 10 items 3
 * and 4): escape sequences (clear the screen, retitle the window), BEL, and a line break followed
 * by a GitHub Actions workflow command.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly those characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** No control character but tab and newline. */
function noControls(text: string): void {
  const raw = RAW_CONTROL.exec(text);
  if (raw) throw new Error(`raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, "0")} in:\n${text}`);
}

/** …and no line that the GitHub runner reads as a workflow command (it trims leading blanks). */
function inert(text: string): void {
  noControls(text);
  const command = text.split("\n").find((line) => line.trimStart().startsWith("::"));
  if (command !== undefined) throw new Error(`a line starts a workflow command: ${command}`);
}

function inertAnd(...patterns: RegExp[]): (text: string) => void {
  return (text) => {
    inert(text);
    for (const p of patterns) if (!p.test(text)) throw new Error(`expected ${p} in:\n${text}`);
  };
}

const HOSTILE = "web\\e[2J\\e]0;pwned\\a\\n::warning file=x::INJECTED";
const SHOWN = String.raw`"web\u001b[2J\u001b]0;pwned\u0007\n::warning file=x::INJECTED"`;

const hostileService = { "sla.yaml": slaOnWeb().replace("service: web", `service: "${HOSTILE}"`) };
const hostileName = {
  "sla.yaml": slaOnWeb(
    `name: acme-web, displayName: "Acme \\e]0;pwned\\a\\e[2J\\n::warning::INJECTED <script>"`,
  ),
};

export const TERMINAL_CASES: HostileCase[] = [
  {
    name: "an escape sequence and a line break in a value: validate shows them on one line",
    item: "3, 4",
    repo: reportRepo("", hostileService),
    argv: ["validate"],
    code: 1,
    stdout: inertAnd(
      new RegExp(`^sla\\.yaml:5:12 {2}error {2}${regexpSource(SHOWN)} is not a valid name`, "m"),
    ),
    stderr: "",
  },
  {
    name: "the same value in coverage's errors on stderr: one line each",
    item: "4",
    repo: reportRepo("", hostileService),
    argv: ["coverage"],
    code: 1,
    stdout: "",
    stderr: (text) => {
      inert(text);
      const lines = text.split("\n");
      if (
        lines.length !== 3 ||
        !lines[0]!.startsWith(`sla.yaml:5:12: error schema/invalid-value: ${SHOWN}`)
      ) {
        throw new Error(text);
      }
    },
  },
  {
    name: "GitHub annotations: one line per finding, escapes included",
    item: "4",
    repo: reportRepo("", hostileService),
    argv: ["validate", "--format", "github"],
    code: 1,
    stdout: (text) => {
      noControls(text);
      const lines = text.trimEnd().split("\n");
      if (lines.length !== 1 || !lines[0]!.startsWith("::error file=sla.yaml,line=5,col=12,"))
        throw new Error(text);
      if (!lines[0]!.includes(String.raw`\u001b[2J\u001b]0;pwned\u0007%0A::warning file=x::INJECTED`)) {
        throw new Error(text);
      }
    },
  },
  {
    name: "JSON keeps the value itself",
    item: "3",
    repo: reportRepo("", hostileService),
    argv: ["validate", "--format", "json"],
    code: 1,
    stdout: (text) => {
      inert(text);
      const [d] = JSON.parse(text).diagnostics;
      if (!d.message.startsWith('"web\u001b[2J\u001b]0;pwned\u0007\n::warning')) throw new Error(d.message);
    },
  },
  {
    name: "raw ESC bytes in a code frame, caret still under the value",
    item: "3",
    repo: reportRepo("", {
      "owner.yaml":
        'apiVersion: slm/v1\nkind: Service\nmetadata: { name: raw }\nspec: { owner: "\u001b[31mx", tier: 5 }\n',
    }),
    argv: ["validate", "owner.yaml"],
    code: 1,
    stdout: (text) => {
      inert(text);
      const frame = String.raw`  4 | spec: { owner: "\u001b[31mx", tier: 5 }`;
      const caret = `    | ${" ".repeat(`spec: { owner: "\\u001b[31mx", tier: `.length)}^`;
      if (!text.includes(`${frame}\n${caret}\n`)) throw new Error(text);
    },
  },
  {
    name: "ESC and BEL in a file name",
    item: "3",
    repo: reportRepo("", { "evil\u001b]0;pwned\u0007.yaml": "kind: [\n" }),
    argv: ["validate"],
    code: 1,
    stdout: inertAnd(/^evil\\u001b\]0;pwned\\u0007\.yaml:2:1 {2}error/m),
  },
  {
    name: "an option value with a line break: the usage error is one line",
    item: "4",
    repo: reportRepo(),
    argv: ["report", "--period", "2024-05\n::warning::INJECTED"],
    code: 2,
    stdout: "",
    stderr: inertAnd(/^slm: [^\n]*2024-05\\n::warning::INJECTED[^\n]*\n$/),
  },
  {
    name: "an input error naming a hostile DataSource path is one line",
    item: "4",
    repo: {
      "slm.config.yaml": "",
      "catalogue.yaml": CATALOGUE.replace("path: data/outages.csv", 'path: "data/\\e[2J\\n::warning::x.csv"'),
      "sla.yaml": slaOnWeb(),
      "data/outages.csv": OUTAGES,
    },
    argv: ["report", "--period", "2024-05"],
    code: 2,
    stdout: "",
    stderr: inertAnd(
      /^slm: DataSource outages: path "data\/\\u001b\[2J\\n::warning::x\.csv" matches no file\n$/,
    ),
  },
  {
    name: "a displayName in a Markdown report on stdout",
    item: "3",
    repo: reportRepo("", hostileName),
    argv: ["report", "--period", "2024-05", "--sla", "acme-web", "--out", "-"],
    code: 0,
    stdout: inertAnd(
      /^# Service level report: Acme \\\\u001b\\\]0;pwned\\\\u0007\\\\u001b\\\[2J ::warning::INJECTED \\<script\\>$/m,
    ),
  },
  {
    name: "the same displayName in a Markdown report file",
    item: "3",
    repo: reportRepo("", hostileName),
    argv: ["report", "--period", "2024-05"],
    code: 0,
    writes: ["repo/reports/2024-05/acme-web.md"],
    after: ({ repo }) => inert(readFileSync(join(repo, "reports/2024-05/acme-web.md"), "utf8")),
  },
  {
    name: "HTML escapes a displayName",
    item: "held",
    repo: reportRepo("", hostileName),
    argv: ["report", "--period", "2024-05", "--sla", "acme-web", "--out", "-", "--format", "html"],
    code: 0,
    stdout: inertAnd(/<h1>[^<]*::warning::INJECTED &lt;script&gt;<\/h1>/),
  },
  {
    // The display name is longer than OpenSLO's 63 runes, so the SLO's displayName uses the short
    // name; the description carries it, escaped on one line.
    name: "OpenSLO export of the same displayName: one line, JSON escapes",
    item: "4",
    repo: reportRepo("", hostileName),
    argv: ["export", "openslo"],
    code: 0,
    stdout: inertAnd(
      /^ {2}description: "SLA Acme \\u001b\]0;pwned\\u0007\\u001b\[2J\\n::warning::INJECTED <script> \(it → acme\), target availability: availability, calendar 24x7"$/m,
    ),
  },
  {
    name: "a template reaching for prototypes gets nothing",
    item: "held",
    repo: reportRepo(),
    setup: ({ repo }) =>
      writeFileSync(
        join(repo, "evil.hbs"),
        '{{lookup (lookup this "constructor") "name"}}|{{__proto__}}|{{#with (lookup this "constructor")}}{{name}}{{/with}}|\n',
      ),
    argv: ["report", "--period", "2024-05", "--sla", "acme-web", "--out", "-", "--template", "evil.hbs"],
    code: 0,
    stdout: "|||\n",
  },
  {
    name: "a template calling the Function constructor: one line, exit 2",
    item: "held",
    repo: reportRepo(),
    setup: ({ repo }) =>
      writeFileSync(join(repo, "evil.hbs"), '{{constructor.constructor "return process"}}\n'),
    argv: ["report", "--period", "2024-05", "--sla", "acme-web", "--out", "-", "--template", "evil.hbs"],
    code: 2,
    stdout: "",
    stderr: /^slm: template .*evil\.hbs: "constructor" not defined in undefined - 1:2\n$/,
  },
];

function regexpSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
