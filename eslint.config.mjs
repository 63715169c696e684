import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const hostModules = ["exceljs", "office-js", "@microsoft/office-js", "react", "react-dom", "@fluentui/*", "commander", "cli-progress", "node:*", "fs", "path", "os", "child_process", "worker_threads", "zlib", "stream", "crypto", "util", "buffer"];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "out/**", "coverage/**", ".scratch/**", "**/*.js", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: hostModules, message: "src/core is pure: no host, file system or UI imports." },
          { group: ["**/xlsx/**", "**/excel/**", "**/cli/**", "**/taskpane/**", "**/workflows/**"], message: "src/core imports nothing of the workflows, adapters or front ends." },
        ],
      }],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "process", "require"],
    },
  },
  {
    // Code.js runs in Apps Script: no Node or DOM, and no schema library (plans are validated at build time).
    files: ["src/sheets/server/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: [...hostModules, "zod"], message: "The Sheets server runs in Apps Script: no host, file system, UI or schema imports." },
          { group: ["**/plan/parsePlan", "**/plans/builtinPlans"], message: "The server takes the plans validated at build time (dienhinh:validated-plans)." },
          { group: ["**/xlsx/**", "**/cli/**", "**/taskpane/**", "**/sidebar/**"], message: "The Sheets server imports the core and its own adapter only." },
        ],
      }],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "process", "require", "console"],
    },
  },
  {
    files: ["src/workflows/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: hostModules, message: "src/workflows runs in a pane, a worker and an Apps Script server: no host, file system or UI imports." },
          { group: ["**/xlsx/**", "**/excel/**", "**/cli/**", "**/taskpane/**", "**/sheets/**"], message: "src/workflows takes its inputs through the source port: it imports no adapter or front end." },
        ],
      }],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "process", "require", "File", "Blob", "FileReader", "localStorage"],
    },
  },
  {
    files: ["src/xlsx/**/*.ts", "src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/cli/**", "**/taskpane/**", "**/workflows/**"], message: "Adapters do not import the workflows or front ends." }] }],
    },
  },
);
