/** @type {import('jest').Config} */

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/helpers/jestSetup.ts"],
  // Type checking is `npm run typecheck`; jest only transpiles, file by file, which keeps it fast.
  // CommonJS output (tsconfig.jest.json): the lazy `await import("./x")` of the command and the pane
  // become require() calls jest can run; the mapper finds the .ts behind a chunk's .js name.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 120000,
};
