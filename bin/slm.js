#!/usr/bin/env node
// `slm --version` is what scripts call to probe the tool: answered from one small module, before
// the CLI's entry and what it loads (SPEC §10: under 150 ms, of which Node itself takes ~135 ms).
// Everything else runs the bundled CLI (scripts/build.mjs): one file to load instead of ~300
// modules, which is most of a small command's start-up.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  const { VERSION } = await import("../dist/core/version.js");
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import("../dist/bundle/main.js");
  main();
}
