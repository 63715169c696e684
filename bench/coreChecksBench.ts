/**
 * The core alone: one sheet of 100,000 nomination rows (title block, two-row header and signature
 * as a unit writes them, read from a bench file by the exceljs adapter) through checkWorkbook.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkWorkbook } from "../src/core/check/checkWorkbook";
import type { CellScalar, SheetValues, WorkbookValues } from "../src/core/model";
import { findBuiltinPlan } from "../src/plans/builtinPlans";
import { readWorksheetValues } from "../src/xlsx/readWorkbook";
import { BENCH_PLAN, makeNominationRows, makeRandom } from "./unitSheets";
import { median } from "./stats";

const FIRST_DATA_ROW = 8;

/** The bench file's sheet with its data rows replaced by `count` new ones (fonts and merges kept as read). */
export const buildLargeSheet = async (templateFile: string, count: number): Promise<WorkbookValues> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(templateFile)) as unknown as ArrayBuffer);
  const sheets: SheetValues[] = [];
  wb.eachSheet((ws) => sheets.push(readWorksheetValues(ws)));
  const sheet = sheets[0];
  if (!sheet) throw new Error(`${templateFile}: no sheet`);
  const dataRows = sheet.rows.filter((r, i) => i >= FIRST_DATA_ROW && typeof r[0] === "number").length;
  const head = sheet.rows.slice(0, FIRST_DATA_ROW);
  const tail = sheet.rows.slice(FIRST_DATA_ROW + dataRows);
  const rows: CellScalar[][] = makeNominationRows(makeRandom(7), count).map((r) => r.map((v) => (v === "" ? null : v)));
  const fontRow = sheet.fonts?.[FIRST_DATA_ROW] ?? [];
  const fonts = sheet.fonts ? [...sheet.fonts.slice(0, FIRST_DATA_ROW), ...rows.map(() => fontRow.slice()), ...sheet.fonts.slice(FIRST_DATA_ROW + dataRows)] : undefined;
  const shift = count - dataRows;
  // Merges below the data (none in the bench files' signature block) would move down with it.
  const merges = (sheet.merges ?? []).filter((m) => Number(/\d+/.exec(m)?.[0]) <= FIRST_DATA_ROW);
  const large: SheetValues = { name: sheet.name, rows: [...head, ...rows, ...tail], merges };
  if (fonts) large.fonts = fonts;
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
export const checkLargeSheetOnce = async (templateFile: string, count: number): Promise<{ ms: number; rows: number; findings: number }> => {
  const plan = findBuiltinPlan(BENCH_PLAN);
  if (!plan) throw new Error(`no plan ${BENCH_PLAN}`);
  const workbook = await buildLargeSheet(templateFile, count);
  const started = performance.now();
  const report = checkWorkbook(workbook, plan, {});
  const ms = performance.now() - started;
  if (report.summary.rows !== count) throw new Error(`checked ${report.summary.rows} rows of ${count}`);
  return { ms, rows: count, findings: report.summary.errors + report.summary.warnings };
};

/**
 * `runs` checks, each in a process of its own: what the core remembers between calls (a plan's
 * header names, dates, words) starts empty every time, as when an officer checks one sheet.
 */
export const measureCoreChecks = (templateFile: string, count: number, runs: number): CoreChecksResult => {
  const results = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "coreChecksOnce.ts"), templateFile, String(count)], { cwd: join(__dirname, ".."), encoding: "utf8", timeout: 300_000 });
    const last = (child.stdout ?? "").trim().split("\n").pop() ?? "";
    if (child.status !== 0 || !last.startsWith("{")) throw new Error(`core checks: exit ${child.status}\n${(child.stderr ?? "").slice(-1500)}`);
    return JSON.parse(last) as { ms: number; rows: number; findings: number };
  });
  const runsMs = results.map((r) => r.ms);
  const medianMs = median(runsMs);
  return { rows: count, runsMs, medianMs, rowsPerSecond: count / (medianMs / 1000), findings: results[0]?.findings ?? 0 };
};
