#!/usr/bin/env node
// The installed `dienhinh` command: runs the TypeScript CLI through tsx (a runtime dependency).
require("tsx/cjs");
const { runCli } = require("../src/cli/main.ts");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
