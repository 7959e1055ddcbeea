import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// End-to-end tests spawn the built CLI: make sure dist/ exists and is current.
export default function setup(): void {
  if (process.env.SLM_SKIP_BUILD === "1" && existsSync("dist/cli/main.js")) return;
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
