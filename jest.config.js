/** @type {import('jest').Config} */
const { compilerOptions } = require("./tsconfig.json");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/helpers/jestSetup.ts"],
  // Type checking is `npm run typecheck`; jest only transpiles, file by file, which keeps it fast.
  // CommonJS rather than node16 output: the pane's lazy `import("./x.js")` (a chunk of its own in
  // webpack) becomes a require() jest can run; the mapper finds the .ts behind the .js name.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { ...compilerOptions, module: "commonjs", moduleResolution: "node10" }, diagnostics: false }] },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 120000,
};
