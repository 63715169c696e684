/**
 * The built-in plans validated by the schema when a bundle is built, and embedded as data: an
 * esbuild plugin that replaces src/plans/validateBuiltinPlans.ts (the plans' JSON and the zod
 * validation) by the plans it validated, for the compiled command (scripts/buildCli.ts): it does
 * not validate the plans when it starts, nor load the schema library for them (the Sheets server's
 * build embeds them its own way, scripts/buildSheets.ts). A broken built-in plan fails the build.
 */
import type { Plugin } from "esbuild";
import { validateBuiltinPlans } from "../src/plans/validateBuiltinPlans";

/** The module's replacement: the same export, giving fresh copies of the validated plans. */
export const validatedPlansModule = (): string =>
  // JSON.parse of a string is parsed faster by V8 than the same object literal (110 KB).
  `export const validateBuiltinPlans = () => JSON.parse(${JSON.stringify(JSON.stringify(validateBuiltinPlans()))});\n`;

export const validatedPlansPlugin: Plugin = {
  name: "validated-plans",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]plans[\\/]validateBuiltinPlans\.ts$/ }, () => ({ contents: validatedPlansModule(), loader: "js" }));
  },
};
