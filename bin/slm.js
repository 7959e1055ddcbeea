#!/usr/bin/env node
// `slm --version` is what scripts call to probe the tool: answered from package.json, before the
// CLI and what it loads (SPEC §10: under 150 ms, of which Node itself takes ~85–135 ms here).
//
// Everything else runs the bundled CLI (scripts/build.mjs): one CommonJS script instead of ~300
// modules, compiled with the V8 code cache the build wrote beside it, so that the functions a
// report needs are not compiled again on every run (Node 20 has no compile cache for modules).
// Without the cache, or when V8 refuses it (another Node version, other V8 flags), the script
// is compiled as usual: the cache never changes what runs.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  // package.json is where core/version.ts reads it too; read here, no module is loaded at all.
  const { readFileSync } = await import("node:fs");
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${version}\n`);
} else {
  const [
    { readFileSync, writeFileSync },
    { default: Module, createRequire },
    { dirname },
    { fileURLToPath },
    { Script },
  ] = await Promise.all([
    import("node:fs"),
    import("node:module"),
    import("node:path"),
    import("node:url"),
    import("node:vm"),
  ]);
  const file = fileURLToPath(new URL("../dist/bundle/main.cjs", import.meta.url));
  const cacheOut = process.env.SLM_WRITE_CODE_CACHE;
  let cachedData;
  if (cacheOut === undefined) {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // No cache (a build without it): compiled as usual.
    }
  }
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  // The build's one run: the functions compiled by then are what the cache holds.
  if (cacheOut !== undefined) process.once("exit", () => writeFileSync(cacheOut, script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  module.exports.main();
}
