/**
 * What is read of a workbook this product wrote, given back as input. Its marks (or, for a
 * workbook written before marks existed, its five sheets' names) tell its sheets apart:
 * - the "Danh sách" of a consolidation is the one sheet read back, each row with its provenance
 *   (a district's result sent to the province) — unless the files its rows come from are given
 *   too: then it is skipped, never counted twice;
 * - its report sheets (Tổng hợp, Chỉ tiêu, Trùng lặp, Tệp bỏ qua, Kết quả kiểm tra) and the
 *   appendices are skipped, each with its reason;
 * - a template is read as the list a unit filled in;
 * - in the workbook open in the add-in, every sheet it wrote is its own earlier output, never read.
 */
import type { CheckReport, SheetReport, SkippedSheet } from "../core/check/report";
import type { SheetValues, WorkbookValues } from "../core/model";
import type { OwnSheet, OwnSheetRole } from "../core/ownOutput/ownSheets";
import { toMatchKey } from "../core/text/normalize";

/** Why a sheet this product wrote is not read, as data. */
export type OwnSheetSkip =
  | { code: "own/report"; role: OwnSheetRole }
  | { code: "own/appendix"; role: OwnSheetRole }
  | { code: "own/earlier-output"; role: OwnSheetRole }
  | { code: "own/already-included"; files: string[]; missing: string[] };

const ROLE_LABELS: Readonly<Record<OwnSheetRole, string>> = {
  "consolidation-summary": "Tổng hợp",
  "consolidation-list": "Danh sách",
  "consolidation-quotas": "Chỉ tiêu",
  "consolidation-duplicates": "Trùng lặp",
  "consolidation-skipped": "Tệp bỏ qua",
  "plan-appendix": "Phụ lục",
  "list-appendix": "Phụ lục danh sách",
  "check-result": "Kết quả kiểm tra",
  template: "Mẫu danh sách",
};

const listFiles = (files: readonly string[]): string => files.map((f) => `"${f}"`).join(", ");

/** The reason shown for each skip, beside the file and sheet (one table). */
export const describeOwnSheetSkip = (skip: OwnSheetSkip): string => {
  switch (skip.code) {
    case "own/report":
      return `trang "${ROLE_LABELS[skip.role]}" của kết quả do Điển hình ghi, không phải danh sách đề nghị (chỉ trang "Danh sách" của bản tổng hợp được đọc lại)`;
    case "own/appendix":
      return `phụ lục do Điển hình in ("${ROLE_LABELS[skip.role]}"), không phải danh sách đề nghị; hãy chọn bản tổng hợp hoặc các tệp của đơn vị`;
    case "own/earlier-output":
      return `trang "${ROLE_LABELS[skip.role]}" do Điển hình ghi vào sổ làm việc này ở lần chạy trước, không đọc lại làm danh sách của đơn vị`;
    case "own/already-included":
      return `bản tổng hợp đã gồm các tệp ${listFiles(skip.files)} cũng được chọn, nên không tính lại${
        skip.missing.length > 0 ? `; bản này còn gồm ${listFiles(skip.missing)} chưa được chọn: hãy chọn thêm các tệp đó, hoặc chỉ chọn bản tổng hợp` : ""
      }`;
  }
};

const CONSOLIDATION_SHEETS: readonly [string, OwnSheetRole][] = [
  ["Tổng hợp", "consolidation-summary"],
  ["Danh sách", "consolidation-list"],
  ["Chỉ tiêu", "consolidation-quotas"],
  ["Trùng lặp", "consolidation-duplicates"],
  ["Tệp bỏ qua", "consolidation-skipped"],
];

/**
 * The sheets this product wrote: as marked, or, in a workbook without marks holding all five
 * sheets of a consolidation by their names (one written before marks existed), those five.
 */
export const findOwnSheets = (workbook: WorkbookValues): OwnSheet[] => {
  if (workbook.ownSheets && workbook.ownSheets.length > 0) return workbook.ownSheets;
  const byKey = new Map(workbook.sheets.map((s) => [toMatchKey(s.name), s.name]));
  const found = CONSOLIDATION_SHEETS.map(([name, role]) => ({ sheet: byKey.get(toMatchKey(name)), role }));
  return found.every((f) => f.sheet !== undefined) ? found.map((f) => ({ sheet: f.sheet ?? "", role: f.role })) : [];
};

export interface OwnSheetsSorted {
  /** The sheets to check: the unit's own, a consolidation's list, a filled-in template. */
  sheets: SheetValues[];
  skipped: SkippedSheet[];
  /** The sheet holding a consolidation's list, read back with its provenance; null if none. */
  consolidationList: string | null;
}

/** Why a sheet this product wrote is not read; null for the ones read as lists. */
const skipOwnSheet = (role: OwnSheetRole, openWorkbook: boolean): OwnSheetSkip | null => {
  if (openWorkbook) return { code: "own/earlier-output", role };
  if (role === "consolidation-list" || role === "template") return null;
  if (role === "plan-appendix" || role === "list-appendix") return { code: "own/appendix", role };
  return { code: "own/report", role };
};

/** Which sheets of a workbook are read, and why the others this product wrote are not. */
export const sortOwnSheets = (workbook: WorkbookValues, openWorkbook: boolean): OwnSheetsSorted => {
  const roles = new Map(findOwnSheets(workbook).map((o) => [o.sheet, o.role]));
  const sheets: SheetValues[] = [];
  const skipped: SkippedSheet[] = [];
  let consolidationList: string | null = null;
  for (const sheet of workbook.sheets) {
    const role = roles.get(sheet.name);
    const skip = role === undefined ? null : skipOwnSheet(role, openWorkbook);
    if (skip) skipped.push({ sheet: sheet.name, reason: describeOwnSheetSkip(skip) });
    else sheets.push(sheet);
    if (role === "consolidation-list" && !skip) consolidationList = sheet.name;
  }
  return { sheets, skipped, consolidationList };
};

const inWorkbookOrder = (workbook: WorkbookValues, skipped: SkippedSheet[]): SkippedSheet[] => {
  const order = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  return skipped.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
};

/** A report's totals, made again from its sheets after one was taken out. */
const summarize = (sheets: readonly SheetReport[]): CheckReport["summary"] => {
  let errors = 0;
  let warnings = 0;
  for (const s of sheets) {
    for (const f of s.findings) {
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return {
    rows: sheets.reduce((a, s) => a + s.rows, 0),
    validRows: sheets.reduce((a, s) => a + s.validRows, 0),
    errors,
    warnings,
    quotasUnmet: sheets.reduce((a, s) => a + s.quotas.filter((q) => q.met === false).length, 0),
  };
};

/**
 * The report of a workbook with the skips of its own sheets put in, in the workbook's order; a
 * consolidation's list whose rows come from sources also given (`given`, by name) is taken out
 * and skipped with the files it already holds.
 */
export const applyOwnSheets = (report: CheckReport, workbook: WorkbookValues, sorted: OwnSheetsSorted, given: ReadonlySet<string>): CheckReport => {
  const skipped = [...sorted.skipped, ...report.skippedSheets];
  let sheets = report.sheets;
  const list = sorted.consolidationList === null ? undefined : report.sheets.find((s) => s.sheet === sorted.consolidationList);
  if (list) {
    const files = [...new Set(list.nominations.map((n) => n.sourceFile).filter((f): f is string => f !== undefined && f !== ""))].sort(new Intl.Collator("vi").compare);
    const included = files.filter((f) => given.has(f) && f !== workbook.file);
    if (included.length > 0) {
      sheets = report.sheets.filter((s) => s !== list);
      skipped.push({ sheet: list.sheet, reason: describeOwnSheetSkip({ code: "own/already-included", files: included, missing: files.filter((f) => !given.has(f)) }) });
    }
  }
  if (sheets === report.sheets && sorted.skipped.length === 0) return report;
  return { ...report, sheets, skippedSheets: inWorkbookOrder(workbook, skipped), summary: sheets === report.sheets ? report.summary : summarize(sheets) };
};
