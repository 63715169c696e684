/**
 * Builds the Google Sheets add-on into dist/sheets/ (or the directory given):
 *   Code.js          the server, bundled by esbuild into one script with no Node or DOM globals;
 *                    one top-level function per server function, as Apps Script calls them
 *   Sidebar.html     the pane (React, the core, the .xlsx writer) in one self-contained page
 *   appsscript.json  V8, the time zone, and the two narrow scopes
 * The built-in plans are validated by the schema here, at build time, and embedded as data: the
 * server bundle carries no zod (the build fails if it would).
 *   npm run build:sheets            tsx scripts/buildSheets.ts [OUT_DIR]
 */
import { build, type Plugin } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as schemaModule from "../src/core/plan/schema";
import { listBuiltinPlans } from "../src/plans/builtinPlans";
import { SERVER_FUNCTIONS, SIDEBAR_FILE } from "../src/sheets/server/server";
import { EMPTY_SETTINGS_TAG } from "../src/sheets/server/sidebarPage";

const ROOT = resolve(__dirname, "..");
const SERVER_GLOBAL = "DienHinh";

/** The plans, validated now, as a module of plain data. */
const validatedPlans: Plugin = {
  name: "validated-plans",
  setup(b) {
    b.onResolve({ filter: /^dienhinh:validated-plans$/ }, () => ({ path: "validated-plans", namespace: "dienhinh" }));
    b.onLoad({ filter: /.*/, namespace: "dienhinh" }, () => ({ contents: `export default ${JSON.stringify(listBuiltinPlans())};`, loader: "js" }));
  },
};

/**
 * The plan schema module as the server sees it: its plain constants (SUBJECT_KINDS) without the zod
 * schemas, which only parsePlan uses and the server never calls. A new runtime import of a schema
 * from the server fails the build here ("No matching export"), not in Apps Script.
 */
const schemaWithoutZod: Plugin = {
  name: "schema-without-zod",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]plan[\\/]schema\.ts$/ }, () => {
      const constants = Object.entries(schemaModule).filter(([, v]) => !(typeof v === "object" && v !== null && "_zod" in v) && typeof v !== "function");
      return { contents: constants.map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`).join("\n"), loader: "js" };
    });
  },
};

export interface SheetsBuild {
  dir: string;
  /** Bytes of each file written. */
  sizes: Record<"Code.js" | "Sidebar.html" | "appsscript.json", number>;
  /** Source files bundled into Code.js (relative to the repository). */
  serverInputs: string[];
}

/** Code.js: the bundle as one global, then the top-level functions Apps Script can see. */
async function buildServer(): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, "src/sheets/server/main.ts")],
    bundle: true,
    format: "iife",
    globalName: SERVER_GLOBAL,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2020",
    charset: "utf8",
    minify: true,
    legalComments: "none",
    metafile: true,
    write: false,
    plugins: [validatedPlans, schemaWithoutZod],
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  const foreign = inputs.filter((i) => i.includes("node_modules"));
  if (foreign.length > 0) throw new Error(`Code.js would carry packages (${foreign.join(", ")}); the server bundles only the project's own code.`);
  const stubs = SERVER_FUNCTIONS.map((name) => `function ${name}() { return ${SERVER_GLOBAL}.server.${name}.apply(null, arguments); }`);
  const bundle = result.outputFiles[0]?.text ?? "";
  return { code: `${bundle}\n${stubs.join("\n")}\n`, inputs };
}

/** Text that can sit inside a <script> element: no "</script" or "<!--" to end or bend it. */
const toInlineScript = (js: string): string => js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

async function buildSidebar(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "src/sheets/sidebar/main.tsx")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    minify: true,
    legalComments: "none",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
  });
  const js = result.outputFiles[0]?.text ?? "";
  const template = readFileSync(join(ROOT, "src/sheets/sidebar/sidebar.html"), "utf8");
  // Replaced by position, not String.replace: "$" in the bundle must stay as it is.
  const withSettings = template.split("<!--SETTINGS-->").join(EMPTY_SETTINGS_TAG);
  const [before, after] = withSettings.split("<!--BUNDLE-->");
  return `${before ?? ""}<script>${toInlineScript(js)}</script>${after ?? ""}`;
}

export async function buildSheets(outDir = join(ROOT, "dist/sheets")): Promise<SheetsBuild> {
  const [server, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "Code.js"), server.code);
  writeFileSync(join(outDir, `${SIDEBAR_FILE}.html`), sidebar);
  copyFileSync(join(ROOT, "src/sheets/appsscript.json"), join(outDir, "appsscript.json"));
  const size = (f: string) => readFileSync(join(outDir, f)).length;
  return { dir: outDir, sizes: { "Code.js": size("Code.js"), "Sidebar.html": size(`${SIDEBAR_FILE}.html`), "appsscript.json": size("appsscript.json") }, serverInputs: server.inputs };
}

if (require.main === module) {
  buildSheets(process.argv[2] ? resolve(process.argv[2]) : undefined).then(
    (b) => {
      for (const [file, bytes] of Object.entries(b.sizes)) console.log(`${join(b.dir, file)}  ${(bytes / 1024).toFixed(1)} KB`);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
