import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// End-to-end tests spawn the built CLI: make sure dist/ exists and is current. CI builds first
// (SLM_SKIP_BUILD=1); a type error elsewhere still emits JavaScript, so a failed check here
// only warns and leaves the failure to `npm run typecheck`.
export default function setup(): void {
  if (process.env.SLM_SKIP_BUILD === "1" && existsSync("dist/cli/main.js")) return;
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "pipe" });
  } catch (error) {
    const out = String((error as { stdout?: Buffer }).stdout ?? "");
    process.stderr.write(
      `warning: build reported errors (tests run on what was emitted):\n${out.slice(0, 2000)}\n`,
    );
  }
}
