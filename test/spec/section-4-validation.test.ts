import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §4 — Validation.

describe("SPEC §4 Validation", () => {
  it("A repository with errors makes every other command stop with exit 1 after printing the diagnostics", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "ok.yaml": "apiVersion: slm/v1\nkind: Service\nmetadata: { name: email }\nspec: { owner: it }\n",
      // line 3, column 1: the flow sequence is never closed.
      "broken.yaml": "apiVersion: slm/v1\nkind: [unclosed\n",
    });
    for (const argv of [
      ["coverage"],
      ["report", "--period", "2024-05"],
      ["kpi", "--period", "2024-05"],
      ["review"],
      ["export", "openslo"],
    ]) {
      const r = await runCli(argv, { cwd });
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 1, stdout: "" });
      expect(r.stderr, argv.join(" ")).toMatch(/^broken\.yaml:\d+:\d+: error yaml\//);
    }
  });
});
