/**
 * The core alone: one sheet of 100,000 nomination rows (title block, two-row header and signature
 * as a unit writes them, read from a bench file by the product's .xlsx reader) through
 * checkWorkbook. The reader hands over no font names for a workbook without a legacy font; the
 * variant with a font name on every cell (what an adapter that kept them all would hand over,
 * and close to a TCVN3 sheet's work) is measured too.
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { checkWorkbook } from "../src/core/check/checkWorkbook";
import type { CellScalar, SheetValues, WorkbookValues } from "../src/core/model";
import { findBuiltinPlan } from "../src/plans/builtinPlans";
import { readWorkbookBytes } from "../src/xlsx/readWorkbook";
import { BENCH_PLAN, makeNominationRows, makeRandom } from "./unitSheets";
import { median } from "./stats";

const FIRST_DATA_ROW = 8;

/** The font of every cell in the variant that names them all: the bench files' font. */
const EVERY_CELL_FONT = "Times New Roman";

/**
 * The bench file's sheet with its data rows replaced by `count` new ones (fonts and merges kept as
 * read); `fontOnEveryCell` names a font on every cell that holds a value.
 */
export const buildLargeSheet = async (templateFile: string, count: number, fontOnEveryCell = false): Promise<WorkbookValues> => {
  const { sheets } = await readWorkbookBytes(await readFile(templateFile), "mau.xlsx");
  const sheet = sheets[0];
  if (!sheet) throw new Error(`${templateFile}: no sheet`);
  const dataRows = sheet.rows.filter((r, i) => i >= FIRST_DATA_ROW && typeof r[0] === "number").length;
  const head = sheet.rows.slice(0, FIRST_DATA_ROW);
  const tail = sheet.rows.slice(FIRST_DATA_ROW + dataRows);
  const rows: CellScalar[][] = makeNominationRows(makeRandom(7), count).map((r) => r.map((v) => (v === "" ? null : v)));
  const fontRow = sheet.fonts?.[FIRST_DATA_ROW] ?? [];
  const fonts = sheet.fonts ? [...sheet.fonts.slice(0, FIRST_DATA_ROW), ...rows.map(() => fontRow.slice()), ...sheet.fonts.slice(FIRST_DATA_ROW + dataRows)] : undefined;
  const allRows = [...head, ...rows, ...tail];
  const shift = count - dataRows;
  // Merges below the data (none in the bench files' signature block) would move down with it.
  const merges = (sheet.merges ?? []).filter((m) => Number(/\d+/.exec(m)?.[0]) <= FIRST_DATA_ROW);
  const large: SheetValues = { name: sheet.name, rows: allRows, merges };
  if (fontOnEveryCell) large.fonts = allRows.map((row) => row.map((v) => (v === null ? null : EVERY_CELL_FONT)));
  else if (fonts) large.fonts = fonts;
  if (shift < 0) throw new Error("template has more rows than asked for");
  return { file: "100k.xlsx", sheets: [large] };
};

export interface CoreChecksResult {
  rows: number;
  runsMs: number[];
  medianMs: number;
  rowsPerSecond: number;
  findings: number;
}

/** One check of the sheet, timed; run in a fresh process each time (bench/coreChecksOnce.ts). */
export const checkLargeSheetOnce = async (templateFile: string, count: number, fontOnEveryCell = false): Promise<{ ms: number; rows: number; findings: number }> => {
  const plan = findBuiltinPlan(BENCH_PLAN);
  if (!plan) throw new Error(`no plan ${BENCH_PLAN}`);
  const workbook = await buildLargeSheet(templateFile, count, fontOnEveryCell);
  // The sheet's making leaves garbage of its own: collected before the clock starts (--expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const report = checkWorkbook(workbook, plan, {});
  const ms = performance.now() - started;
  if (report.summary.rows !== count) throw new Error(`checked ${report.summary.rows} rows of ${count}`);
  return { ms, rows: count, findings: report.summary.errors + report.summary.warnings };
};

/**
 * How the checked code runs: compiled to JavaScript ahead of time (one file made by esbuild, as
 * the pane ships the core compiled into its bundle), or through tsx, which compiles each module
 * as it loads (as the command line runs today).
 */
export type CoreRuntime = "compiled" | "tsx";

/** bench/coreChecksOnce.ts and what it imports as one JavaScript file; packages stay in node_modules. */
const compileCoreBench = (): string => {
  const outfile = join(mkdtempSync(join(tmpdir(), "dienhinh-core-")), "coreChecksOnce.js");
  buildSync({ entryPoints: [join(__dirname, "coreChecksOnce.ts")], bundle: true, platform: "node", target: "node20", packages: "external", outfile, logLevel: "warning" });
  return outfile;
};

/**
 * `runs` checks, each in a process of its own: what the core remembers between calls (a plan's
 * header names, dates, words) starts empty every time, as when an officer checks one sheet.
 */
export const measureCoreChecks = (templateFile: string, count: number, runs: number, options: { fontOnEveryCell?: boolean; runtime?: CoreRuntime } = {}): CoreChecksResult => {
  const root = join(__dirname, "..");
  const compiled = options.runtime !== "tsx" ? compileCoreBench() : null;
  const results = Array.from({ length: runs }, () => {
    const args = [templateFile, String(count), ...(options.fontOnEveryCell ? ["--font-on-every-cell"] : [])];
    const command = compiled ? ["--expose-gc", compiled, ...args] : ["--expose-gc", "--import", "tsx", join(__dirname, "coreChecksOnce.ts"), ...args];
    // The compiled file lives in a temp folder: its packages are found through NODE_PATH.
    const child = spawnSync(process.execPath, command, { cwd: root, encoding: "utf8", timeout: 300_000, env: { ...process.env, NODE_PATH: join(root, "node_modules") } });
    const last = (child.stdout ?? "").trim().split("\n").pop() ?? "";
    if (child.status !== 0 || !last.startsWith("{")) throw new Error(`core checks: exit ${child.status}\n${(child.stderr ?? "").slice(-1500)}`);
    return JSON.parse(last) as { ms: number; rows: number; findings: number };
  });
  if (compiled) rmSync(dirname(compiled), { recursive: true, force: true });
  const runsMs = results.map((r) => r.ms);
  const medianMs = median(runsMs);
  return { rows: count, runsMs, medianMs, rowsPerSecond: count / (medianMs / 1000), findings: results[0]?.findings ?? 0 };
};
