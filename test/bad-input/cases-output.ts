import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { commitAll, type HostileCase, type Where } from "./corpus.js";
import { reportRepo } from "./repositories.js";

/** Where reports go, and what a run leaves behind (issue 10 items 1, 2, 13, 15, 16). */

const REPORT = ["report", "--period", "2024-05"];
const WRITTEN = "repo/reports/2024-05/acme-web.md";

function mustNotExist(...paths: string[]): (where: Where) => void {
  return (where) => {
    for (const p of paths) {
      const absolute = join(dirname(where.repo), p);
      if (existsSync(absolute)) throw new Error(`${p} should not exist`);
    }
  };
}

/** A git repository of the case's files, committed once, for `slm diff`; then `change`. */
function committed(change?: (where: Where) => void): (where: Where) => void {
  return (where) => {
    commitAll(where.repo);
    change?.(where);
  };
}

// A dead process's temporary: PIDs this high are above any kernel's pid_max.
const DEAD = ".acme-web.md.2147483646.1700000000000.tmp";

export const OUTPUT_CASES: HostileCase[] = [
  // Item 1: a committed link inside the output directory.
  {
    name: "a period directory that links outside the output directory",
    item: "1",
    repo: reportRepo(),
    setup: ({ repo, outside }) => {
      mkdirSync(join(repo, "reports"));
      symlinkSync(outside, join(repo, "reports", "2024-05"));
    },
    argv: REPORT,
    code: 2,
    stdout: "",
    stderr: (text, { repo, outside }) => {
      const expected = `slm: refusing to write in ${repo}/reports/2024-05: it is a symbolic link to ${outside}, outside the output directory ${repo}/reports\n`;
      if (text !== expected) throw new Error(text);
    },
  },
  {
    name: "a dangling link in the output directory is not written through",
    item: "1",
    repo: reportRepo(),
    setup: ({ repo, outside }) => {
      mkdirSync(join(repo, "reports"));
      symlinkSync(join(outside, "new-dir"), join(repo, "reports", "2024-05"));
    },
    argv: REPORT,
    code: 2,
    stderr:
      /^slm: refusing to write in .*\/reports\/2024-05: it is a symbolic link to nothing, outside the output directory .*\/reports\n$/,
    after: mustNotExist("outside/new-dir"),
  },
  {
    name: "a link that stays inside the output directory is followed",
    item: "1",
    repo: reportRepo(),
    setup: ({ repo }) => {
      mkdirSync(join(repo, "reports", "archive", "2024-05"), { recursive: true });
      symlinkSync(join("archive", "2024-05"), join(repo, "reports", "2024-05"));
    },
    argv: REPORT,
    code: 0,
    stderr: "wrote 1 report to reports/2024-05\n",
    writes: ["repo/reports/archive/2024-05/acme-web.md"],
  },
  {
    name: "a report file that is a link is replaced, not written through",
    item: "1",
    repo: reportRepo(),
    setup: ({ repo, outside }) => {
      mkdirSync(join(repo, "reports", "2024-05"), { recursive: true });
      writeFileSync(join(outside, "victim.txt"), "untouched\n");
      symlinkSync(join(outside, "victim.txt"), join(repo, "reports", "2024-05", "acme-web.md"));
    },
    argv: REPORT,
    code: 0,
    stderr: "wrote 1 report to reports/2024-05\n",
    after: ({ repo, outside }) => {
      if (readFileSync(join(outside, "victim.txt"), "utf8") !== "untouched\n")
        throw new Error("written through");
      if (
        !readFileSync(join(repo, "reports/2024-05/acme-web.md"), "utf8").startsWith("# Service level report")
      ) {
        throw new Error("no report");
      }
    },
  },
  // Item 2: the output directory from the config stays in the repository.
  {
    name: "reports.out in the config leading up and out: a validation finding",
    item: "2",
    repo: reportRepo("reports: { out: ../../x }\n"),
    argv: ["validate", "--format", "json", "slm.config.yaml"],
    code: 1,
    stdout: (out) => {
      const [d, ...rest] = JSON.parse(out).diagnostics;
      const expected = {
        code: "schema/invalid-value",
        severity: "error",
        message: '"../../x" leads out of the repository; a path here stays inside it (relative, no "..")',
        file: "slm.config.yaml",
        line: 1,
        column: 17,
        pointer: "/reports/out",
      };
      if (rest.length > 0 || JSON.stringify(d) !== JSON.stringify(expected)) throw new Error(out);
    },
  },
  {
    name: "reports.out in the config leading out: report refuses before writing",
    item: "2",
    repo: reportRepo("reports: { out: ../outside/x }\n"),
    argv: REPORT,
    code: 1,
    stdout: "",
    stderr:
      'slm.config.yaml:1:17: error schema/invalid-value: "../outside/x" leads out of the repository; a path here stays inside it (relative, no "..")\n' +
      "slm: the repository has 1 validation error; run `slm validate` for details\n",
  },
  {
    name: "reports.out that is absolute: a finding, and nothing written",
    item: "2",
    repo: reportRepo(),
    setup: ({ repo, outside }) =>
      writeFileSync(join(repo, "slm.config.yaml"), `reports: { out: "${outside}" }\n`),
    argv: REPORT,
    code: 1,
    stderr:
      /^slm\.config\.yaml:1:17: error schema\/invalid-value: ".*\/outside" is an absolute path; a path here stays inside the repository \(relative, no "\.\."\)\n/,
  },
  {
    name: "the configured output directory that links out of the repository",
    item: "2",
    repo: reportRepo(),
    setup: ({ repo, outside }) => symlinkSync(outside, join(repo, "reports")),
    argv: REPORT,
    code: 2,
    stdout: "",
    stderr:
      'slm: reports.out "reports" in slm.config.yaml leads outside the repository through a symbolic link (reports); use --out DIR to write reports elsewhere\n',
  },
  {
    name: "--out on the command line is the user's choice, even through a link",
    item: "2",
    repo: reportRepo(),
    setup: ({ repo, outside }) => symlinkSync(outside, join(repo, "elsewhere")),
    argv: [...REPORT, "--out", "elsewhere"],
    code: 0,
    stderr: "wrote 1 report to elsewhere/2024-05\n",
    writes: ["outside/2024-05/acme-web.md"],
  },
  // Item 13: faults of the file system.
  {
    name: "a read-only file system (recursive mkdir says ENOENT, mkdir says EROFS)",
    item: "13",
    repo: reportRepo(),
    faults: [{ call: "promises.mkdir", path: "repo/reports", code: "EROFS", recursiveCode: "ENOENT" }],
    argv: REPORT,
    code: 2,
    stdout: "",
    stderr: (text, { repo }) => {
      if (text !== `slm: cannot create directory ${repo}/reports: read-only file system (EROFS)\n`)
        throw new Error(text);
    },
  },
  {
    name: "a read-only output directory that exists",
    item: "13",
    repo: reportRepo(),
    setup: ({ repo }) => mkdirSync(join(repo, "reports", "2024-05"), { recursive: true }),
    faults: [{ call: "promises.writeFile", path: ".tmp", code: "EROFS" }],
    argv: REPORT,
    code: 2,
    stderr: (text, { repo }) => {
      if (text !== `slm: cannot write ${repo}/reports/2024-05/acme-web.md: read-only file system (EROFS)\n`) {
        throw new Error(text);
      }
    },
  },
  {
    name: "a full disk leaves no temporary file",
    item: "held",
    repo: reportRepo(),
    faults: [{ call: "promises.rename", path: ".tmp", code: "ENOSPC" }],
    argv: REPORT,
    code: 2,
    stderr: /^slm: cannot write .*\/reports\/2024-05\/acme-web\.md: no space left on device \(ENOSPC\)\n$/,
    writes: ["repo/reports/2024-05/"],
  },
  {
    name: "an output directory where a file is",
    item: "13",
    repo: reportRepo("", { reports: "not a directory\n" }),
    argv: REPORT,
    code: 2,
    stderr:
      /^slm: cannot create directory .*\/repo\/reports: a file of that name is in the way \(ENOTDIR\)\n$/,
  },
  // Item 15: temporaries of a killed run are swept by the next one (signals: signals.test.ts).
  {
    name: "stale temporaries of dead processes are removed, a live process's are kept",
    item: "15",
    repo: reportRepo(),
    setup: ({ repo }) => {
      mkdirSync(join(repo, "reports", "2024-04"), { recursive: true });
      mkdirSync(join(repo, "reports", "2024-05"));
      writeFileSync(join(repo, "reports", "2024-05", DEAD), "half a report");
      writeFileSync(join(repo, "reports", "2024-04", ".acme-web.md.2147483645.1700000000000.tmp"), "half");
      // The test runner is alive: its temporary may be about to be renamed.
      writeFileSync(
        join(repo, "reports", "2024-05", `.acme-web.md.${process.pid}.1700000000000.tmp`),
        "mine",
      );
      writeFileSync(join(repo, "reports", "2024-05", "notes.tmp"), "not slm's");
    },
    argv: REPORT,
    code: 0,
    stderr: "wrote 1 report to reports/2024-05\n",
    writes: [WRITTEN],
    after: (where) => {
      mustNotExist(
        `repo/reports/2024-05/${DEAD}`,
        "repo/reports/2024-04/.acme-web.md.2147483645.1700000000000.tmp",
      )(where);
      for (const kept of [`.acme-web.md.${process.pid}.1700000000000.tmp`, "notes.tmp"]) {
        if (!existsSync(join(where.repo, "reports", "2024-05", kept))) throw new Error(`${kept} removed`);
      }
    },
  },
  // Item 16: `slm diff` snapshots.
  {
    name: "diff leaves no snapshot in TMPDIR",
    item: "16",
    repo: reportRepo(),
    setup: committed(({ repo }) =>
      writeFileSync(
        join(repo, "sla.yaml"),
        readFileSync(join(repo, "sla.yaml"), "utf8").replace("objective: 99.9%", "objective: 99.5%"),
      ),
    ),
    argv: ["diff", "HEAD"],
    code: 0,
    stdout: /objective loosened, 99\.9% → 99\.5%/,
  },
  {
    name: "diff against a revision that does not validate leaves no snapshot",
    item: "16",
    repo: reportRepo("", { "broken.yaml": "kind: [\n" }),
    setup: committed(({ repo }) => writeFileSync(join(repo, "broken.yaml"), "")),
    argv: ["diff", "HEAD"],
    code: 1,
    stderr:
      /broken\.yaml:2:1: error yaml\/syntax: .*\nslm: the repository has 1 validation error; run `slm validate` for details\nslm: the agreements at HEAD do not validate\n$/,
  },
  {
    name: "diff against an unknown revision leaves no snapshot",
    item: "16",
    repo: reportRepo(),
    setup: committed(),
    argv: ["diff", "no-such-revision"],
    code: 2,
    stderr: "slm: unknown revision: no-such-revision\n",
  },
];
