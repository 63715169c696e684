import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport, SheetReport } from "../../../src/core/check/report";
import type { SheetValues } from "../../../src/core/model";
import { findBuiltinPlan, listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryWorkbook, toColumnIndex } from "../../helpers/arbitraryTables";

/**
 * Every place a report names can be opened in Excel: findings and nominations lie inside their
 * sheet, a finding's cell is its column and row, and the summary adds up the sheets.
 */

const planIds = listBuiltinPlans().map((p) => p.id);

/** The header's width: one past the rightmost column the header maps or lists as unmapped. */
const headerWidth = (s: SheetReport): number => {
  const letters = [
    ...Object.values(s.columns.fields),
    ...Object.values(s.columns.criteria),
    ...Object.values(s.columns.metrics).flatMap((years) => Object.values(years)),
    ...s.unmappedColumns.map((u) => u.column),
  ];
  return Math.max(0, ...letters.map((l) => toColumnIndex(l) + 1));
};

/** Everything that does not hold, as readable strings; an empty list when the sheet's report is sound. */
const listProblems = (s: SheetReport, sheet: SheetValues | undefined): string[] => {
  if (!sheet) return [`report for "${s.sheet}", which the workbook does not have`];
  const out: string[] = [];
  const height = sheet.rows.length;
  const width = Math.max(headerWidth(s), ...sheet.rows.map((r) => r.length));
  const nominationRows = s.nominations.map((n) => n.row);
  const errorRows = new Set(s.findings.filter((f) => f.severity === "error").map((f) => f.row));
  for (const f of s.findings) {
    const at = `${f.code} ${f.cell ?? f.row ?? ""}`;
    if (f.sheet !== s.sheet) out.push(`${at}: sheet "${f.sheet}" in the report of "${s.sheet}"`);
    if (f.row !== undefined && !(Number.isInteger(f.row) && f.row >= 1 && f.row <= height)) out.push(`${at}: row ${f.row} outside 1..${height}`);
    if (f.row !== undefined && !nominationRows.includes(f.row)) out.push(`${at}: row ${f.row} holds no nomination`);
    if ((f.cell === undefined) !== (f.column === undefined)) out.push(`${at}: cell and column not given together`);
    if (f.cell !== undefined && (!/^[A-Z]{1,3}\d+$/.test(f.cell) || f.cell !== `${f.column ?? ""}${f.row ?? ""}`)) out.push(`${at}: cell is not column ${f.column} + row ${f.row}`);
    if (f.column !== undefined && !(/^[A-Z]{1,3}$/.test(f.column) && toColumnIndex(f.column) < width)) out.push(`${at}: column ${f.column} beyond width ${width}`);
  }
  nominationRows.forEach((row, i) => {
    if (!(Number.isInteger(row) && row >= s.firstDataRow && row <= s.lastDataRow && row <= height)) out.push(`nomination row ${row} outside ${s.firstDataRow}..${Math.min(s.lastDataRow, height)}`);
    if (i > 0 && row <= (nominationRows[i - 1] ?? 0)) out.push(`nomination row ${row} after row ${nominationRows[i - 1]}`);
  });
  if (!(s.headerRow >= 1 && s.headerRow <= s.headerRowEnd && s.headerRowEnd < s.firstDataRow && s.headerRowEnd <= height)) {
    out.push(`header rows ${s.headerRow}..${s.headerRowEnd}, data from ${s.firstDataRow}, sheet of ${height} rows`);
  }
  for (const n of s.nominations) if (n.valid === errorRows.has(n.row)) out.push(`row ${n.row} valid=${n.valid} but ${errorRows.has(n.row) ? "has" : "has no"} error`);
  return out;
};

const sumSheets = (r: CheckReport) => ({
  rows: r.sheets.reduce((a, s) => a + s.nominations.length, 0),
  validRows: r.sheets.reduce((a, s) => a + s.nominations.filter((n) => n.valid).length, 0),
  errors: r.sheets.reduce((a, s) => a + s.findings.filter((f) => f.severity === "error").length, 0),
  warnings: r.sheets.reduce((a, s) => a + s.findings.filter((f) => f.severity === "warning").length, 0),
  quotasUnmet: r.sheets.reduce((a, s) => a + s.quotas.filter((q) => q.met === false).length, 0),
});

describe("what a report points at exists", () => {
  test("findings and nominations lie inside their sheet, cells are column + row, the summary is the sum of the sheets", () => {
    fc.assert(
      fc.property(arbitraryWorkbook, fc.constantFrom(...planIds), (workbook, planId) => {
        const plan = findBuiltinPlan(planId);
        if (!plan) throw new Error(`no plan ${planId}`);
        const report = checkWorkbook(workbook, plan);
        const names = workbook.sheets.map((s) => s.name);
        expect({
          problems: report.sheets.flatMap((s) => listProblems(s, workbook.sheets.find((w) => w.name === s.sheet)).map((p) => `${s.sheet}: ${p}`)),
          accounted: [...report.sheets.map((s) => s.sheet), ...report.skippedSheets.map((s) => s.sheet)].sort(),
          rowsPerSheet: report.sheets.map((s) => s.rows),
          validPerSheet: report.sheets.map((s) => s.validRows),
          summary: report.summary,
        }).toStrictEqual({
          problems: [],
          accounted: [...names].sort(),
          rowsPerSheet: report.sheets.map((s) => s.nominations.length),
          validPerSheet: report.sheets.map((s) => s.nominations.filter((n) => n.valid).length),
          summary: sumSheets(report),
        });
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
