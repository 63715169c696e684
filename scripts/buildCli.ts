/**
 * The installed command: src/cli/main.ts and everything it imports, compiled by esbuild into one
 * JavaScript file, dist/cli/dienhinh.js (package.json `bin`). Run by `prepare` (so `npm install` and
 * `npm ci` build it) and by `npm run build`. The command then starts without compiling TypeScript
 * (tsx is for development and tests), and:
 *   - the built-in plans are validated here, at build time, and embedded as data
 *     (scripts/validatedPlans.ts): the schema library runs only for a plan file;
 *   - exceljs stays a package of node_modules, loaded (`await import`) only by the commands that
 *     write a workbook or by a file our own reader cannot read;
 *   - modules imported with `await import` run only when reached (esbuild keeps them lazy).
 *   npm run build:cli               tsx scripts/buildCli.ts [OUT_FILE]
 */
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { validatedPlansPlugin } from "./validatedPlans";

const ROOT = resolve(__dirname, "..");
export const CLI_BUNDLE = join(ROOT, "dist", "cli", "dienhinh.js");

/** Packages left in node_modules, loaded only when needed: exceljs (writing), zod (a plan file). */
const EXTERNAL = ["exceljs", "zod"];

export interface CliBuild {
  file: string;
  bytes: number;
  /** Source files and packages compiled in (relative to the repository). */
  inputs: string[];
}

export async function buildCli(outfile = CLI_BUNDLE): Promise<CliBuild> {
  const result = await build({
    entryPoints: [join(ROOT, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    external: EXTERNAL,
    banner: { js: "#!/usr/bin/env node" },
    charset: "utf8",
    // Whitespace and syntax only: names stay readable in a stack trace (DIENHINH_DEBUG=1).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    metafile: true,
    plugins: [validatedPlansPlugin],
    logLevel: "warning",
  });
  chmodSync(outfile, 0o755);
  const output = Object.values(result.metafile.outputs)[0];
  return { file: outfile, bytes: output?.bytes ?? 0, inputs: Object.keys(result.metafile.inputs) };
}

if (require.main === module) {
  buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined).then(
    (b) => console.log(`Đã dựng lệnh dienhinh: ${relative(process.cwd(), b.file)} (${Math.round(b.bytes / 1024)} KiB)`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
