import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// End-to-end tests spawn the built CLI: make sure dist/ exists and is current (the same build as
// `npm run build`, generated validators included). CI builds first (SLM_SKIP_BUILD=1); a type
// error elsewhere still emits JavaScript, so it only warns and leaves the failure to
// `npm run typecheck`.
export default function setup(): void {
  if (process.env.SLM_SKIP_BUILD === "1" && existsSync("dist/cli/main.js")) return;
  execFileSync(process.execPath, ["scripts/build.mjs", "--tolerate-type-errors"], { stdio: "inherit" });
}
