/**
 * Layouts that exercise the .xlsx writers (every cell value, style, merge, print setting and list
 * they handle) and the whole-workbook description their tests compare: the streaming writer
 * (test/xlsx/streamLayoutWorkbook.test.ts) and the pane's own (test/xlsx/writeLayoutsXlsx.test.ts)
 * are each held against exceljs's in-memory writer through it.
 */
import ExcelJS from "exceljs";
import { consolidateEntries } from "../../src/core/consolidate/consolidate";
import type { ConsolidatedEntry } from "../../src/core/consolidate/types";
import { ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "../../src/core/layout/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { renderLayoutToWorksheet } from "../../src/xlsx/renderLayout";

export const plan = (() => {
  const found = findBuiltinPlan("long-bien-2023-2025");
  if (!found) throw new Error("plan long-bien-2023-2025 is missing");
  return found;
})();

const BODY: CellStyle = { size: 12, vertical: "middle", wrap: true, border: true };
const HEAD: CellStyle = { ...BODY, bold: true, horizontal: "center", fill: "D9E1F2" };
const PRINT: Layout["print"] = {
  paperSize: "A4",
  orientation: "landscape",
  margins: { ...ADMIN_MARGINS_MM },
  repeatRows: { from: 3, to: 4 },
  fitToWidth: true,
  pageNumbers: { position: "top-center", firstPage: false },
};

/** What renderLayout's own tests cover, and the text it must clean. */
export const EDGES: Layout = {
  sheetName: "Phụ lục",
  role: "plan-appendix",
  font: { name: "Times New Roman", size: 13 },
  columnWidths: [5, 30, 14, 12],
  rowHeights: { 1: 23, 4: 40, 9: 30 },
  cells: [
    { row: 1, col: 1, value: "PHỤ LỤC", style: { bold: true, size: 14, horizontal: "center" } },
    { row: 2, col: 1, value: "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT)", style: { italic: true, horizontal: "center" } },
    { row: 3, col: 1, value: "TT", style: HEAD },
    { row: 3, col: 2, value: "Họ và tên", style: HEAD },
    { row: 3, col: 3, value: "Ngày", style: HEAD },
    { row: 4, col: 1, value: 1, style: BODY },
    { row: 4, col: 2, value: "=1+1", style: BODY, note: "Giữ nguyên\u0007 như trong danh sách" },
    { row: 4, col: 3, value: new Date(Date.UTC(2024, 2, 5)), style: BODY },
    { row: 4, col: 4, value: new Date(Date.UTC(2024, 2, 5)), style: { ...BODY, numberFormat: "d/m/yyyy" } },
    { row: 5, col: 1, value: 2, style: { ...BODY, bold: true, color: "C00000", fill: "FFC7CE", numberFormat: "00" } },
    { row: 5, col: 2, value: "+84 912 345 678", style: BODY },
    { row: 5, col: 3, value: "@tên\u0007\u0000\uFFFE", style: BODY },
    { row: 5, col: 4, value: "Nguye\u0302\u0303n".normalize("NFD"), style: BODY },
    { row: 6, col: 2, value: "-5", style: BODY },
    { row: 6, col: 3, value: "", style: BODY },
    { row: 6, col: 4, value: Number.NaN, style: BODY },
    { row: 7, col: 1, value: Number.POSITIVE_INFINITY },
    { row: 7, col: 2, value: new Date(Number.NaN) },
    { row: 7, col: 3, value: "  lề hai bên  " },
    { row: 7, col: 4, value: "dòng 1\ndòng 2\ttab" },
    { row: 8, col: 2, value: "x".repeat(40_000) },
    { row: 8, col: 3, value: null, style: { fill: "FFEB9C" } },
    { row: 8, col: 4, value: 12.5, note: "" },
    { row: 10, col: 2, value: `<a & b> 'x' "y"\u007F`, style: BODY },
    { row: 10, col: 3, value: -0 },
    { row: 10, col: 4, value: 1e21 },
    { row: 11, col: 3, value: null, style: { fill: "FFEB9C", border: true } },
    { row: 12, col: 1, value: null },
    { row: 14, col: 2, value: null, style: HEAD },
    { row: 14, col: 3, value: "", style: BODY, note: "ô trống có ghi chú" },
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 4 },
    { top: 2, left: 1, bottom: 2, right: 4 },
    { top: 6, left: 1, bottom: 6, right: 1 },
    { top: 3, left: 4, bottom: 4, right: 4 },
    { top: 14, left: 2, bottom: 15, right: 2 },
  ],
  print: PRINT,
  freezeRows: 4,
  validations: [
    { range: "C10:C20", values: ["Cá nhân", "Tập thể", "Hộ gia đình"] },
    { range: "B10:B20", values: ["Giáo dục, Đào tạo", "Y tế"] },
  ],
};

/**
 * What only the streaming writer could get wrong: cells out of row order and twice at one address
 * (the last wins), merges listed before their rows and spanning the rows committed in batches, a
 * second long list, a sheet name already taken, rows past several commits and turns of the loop.
 */
export const buildOrderLayout = (): Layout => {
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [{ top: 3005, left: 1, bottom: 3006, right: 2 }, { top: 250, left: 1, bottom: 262, right: 2 }, { top: 1, left: 1, bottom: 1, right: 3 }];
  for (let row = 2600; row >= 2; row -= 1) {
    cells.push({ row, col: 1, value: row, style: BODY });
    if (row % 7 === 0) cells.push({ row, col: 2, value: `Dòng ${row}`, style: row % 2 ? HEAD : BODY });
    if (row % 500 === 0) merges.push({ top: row, left: 2, bottom: row + 3, right: 3 });
  }
  cells.push({ row: 3, col: 3, value: "giữ giá trị" }, { row: 3, col: 3, value: null, style: HEAD }, { row: 3, col: 2, value: "sau" }, { row: 3, col: 2, value: "trước" });
  cells.push({ row: 1, col: 1, value: "Tiêu đề cũ", style: BODY }, { row: 1, col: 1, value: "Tiêu đề", style: HEAD }, { row: 255, col: 2, value: "trong ô gộp", note: "ghi chú trong ô gộp" });
  return {
    sheetName: "Phụ lục",
    role: "plan-appendix",
    font: { name: "Times New Roman", size: 12 },
    columnWidths: [8, 20, 20],
    rowHeights: { 1: 30, 2599: 18, 3000: 25 },
    cells,
    merges,
    print: { ...PRINT, orientation: "portrait", repeatRows: { from: 1, to: 1 }, fitToWidth: false, pageNumbers: { position: "top-center", firstPage: true } },
    validations: [{ range: "D2:D100", values: Array.from({ length: 60 }, (_, i) => `Lựa chọn số ${i + 1}`) }],
  };
};

const entry = (i: number): ConsolidatedEntry => {
  const valid = i % 5 !== 0;
  return {
    unit: `Phường số ${i % 13}`,
    unitKind: "phuong",
    unitSource: "title",
    file: `Phuong_${i % 13}.xlsx`,
    sheet: "DS 2024",
    row: 9 + i,
    nomination: {
      row: 9 + i,
      name: i % 17 === 0 ? "Nguyễn Văn Hùng" : `Người số ${i}`,
      kind: i % 3 === 0 ? "tap_the" : "ca_nhan",
      kindText: i % 3 === 0 ? "Tập thể" : "Cá nhân",
      unit: `Phường số ${i % 13}`,
      date: "12/03/2024",
      ...(i % 4 === 0 ? { birthYear: 1970 + (i % 30) } : {}),
      movement: i % 2 ? "nguoi-tot-viec-tot" : "dan-van-kheo",
      achievements: i % 11 === 0 ? "=SUM(A1:A2)\u0001" : "Vận động 40 hộ hiến đất mở ngõ",
      marks: {},
      figures: {},
    },
    valid,
    findings: valid ? [] : ["ô C10: thiếu đối tượng", "ô I10: chưa đạt tiêu chí"],
  };
};

/** A consolidation of `count` rows from 13 wards, one in five invalid, one file skipped. */
export const buildConsolidation = (count: number) =>
  consolidateEntries(plan, Array.from({ length: count }, (_, i) => entry(i)), [{ file: "Hong.xlsx", sheet: null, reason: "tệp hỏng" }], { year: 2024 });

export const consolidation = buildConsolidation(700);


/** Writes with exceljs's in-memory writer (renderLayout) and reads the workbook back. */
export const inMemory = async (layouts: readonly Layout[], shareStyles: boolean): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Điển hình";
  workbook.lastModifiedBy = "Điển hình";
  for (const layout of layouts) renderLayoutToWorksheet(workbook, layout, { shareStyles });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
};

/** The whole workbook as exceljs reads it, less the times it was made (they differ by the run). */
export const describeWorkbook = (wb: ExcelJS.Workbook) => {
  const { worksheets: _worksheets, created: _created, modified: _modified, ...book } = wb.model as ExcelJS.WorkbookModel & { created?: Date; modified?: Date };
  // The in-memory writer writes empty title, subject, … elements; the stream writer leaves them out.
  const properties = Object.fromEntries(Object.entries(book).filter(([, v]) => v !== "" && v !== undefined));
  return { properties, sheets: wb.worksheets.map((ws) => ws.model) };
};

