import ExcelJS, { type Borders, type DataValidation, type Worksheet } from "exceljs";
import { ADMIN_MARGINS_MM } from "../core/layout/types";
import type { Plan } from "../core/plan/schema";
import { estimateHeightPt, estimateLineCount } from "../core/layout/headingBlock";
import type { PlanCellValue } from "../core/plan/workbook/planCells";
import { buildPlanWorkbookSheets, DROPDOWN_ROWS, type Dropdown, type PlanWorkbookSheet } from "../core/plan/workbook/planWorkbookSheets";
import { FIRST_ITEM_ROW, HEADER_ROW, INTRO_ROW, TITLE_ROW } from "../core/plan/workbook/planSheets";
import { cleanCellText, listSourceFormula, listValidation, LIST_SHEET, planValidationList, toExcelPageSetup } from "./layoutCells";

/**
 * Writes a plan as a workbook an officer reads and edits in Excel: the cells `buildPlanWorkbookSheets`
 * decides, painted with a note on every header, dropdowns, text columns kept as text, the header
 * frozen and repeated on every printed page (A4 landscape, one page wide). In memory, so that
 * the browser pane can write it too.
 */

const FONT = { name: "Times New Roman", size: 12 } as const;
const THIN: Partial<Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;
const DERIVED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;
const DERIVED_COLOR = { argb: "FF595959" } as const;
/** Excel's "Text" number format: what is typed stays as typed ("01/02" is not made a date). */
const TEXT_FORMAT = "@";

/**
 * Character units a landscape A4 page holds across at about 65 %, still readable at 12 pt: a
 * wider sheet (the quotas' twenty-odd columns) prints over as many pages across, its first
 * column (the id) repeated on each, rather than shrunk to one page of 6 pt type.
 */
const UNITS_PER_PAGE = 200;

const widthOf = (sheet: PlanWorkbookSheet): number => sheet.columns.reduce((a, c) => a + c.width, 0);
const pagesAcrossOf = (sheet: PlanWorkbookSheet): number => Math.max(1, Math.ceil(widthOf(sheet) / UNITS_PER_PAGE));

const printSetupOf = (sheet: PlanWorkbookSheet) => {
  const pagesAcross = pagesAcrossOf(sheet);
  const setup = toExcelPageSetup({
    paperSize: "A4",
    orientation: "landscape",
    margins: { ...ADMIN_MARGINS_MM },
    repeatRows: { from: HEADER_ROW, to: HEADER_ROW },
    fitToWidth: true,
  });
  return pagesAcross > 1 ? { ...setup, fitToWidth: pagesAcross, printTitlesColumn: "A:A" } : setup;
};

/** Excel never grows a row for wrapped text it did not lay out itself: each row gets the height its longest cell needs. */
const heightOf = (values: readonly PlanCellValue[], widths: readonly number[]): number =>
  Math.max(
    estimateHeightPt(1, FONT.size),
    ...values.map((v, i) => (typeof v === "string" && v !== "" ? estimateHeightPt(estimateLineCount(v, widths[i] ?? 10, FONT.size), FONT.size) : 0)),
  );

interface ValidationsModel {
  add(address: string, validation: DataValidation): void;
}

/** Adds a dropdown to `range`; a list too long to type in goes to a column of the hidden list sheet. */
const addDropdown = (workbook: ExcelJS.Workbook, ws: Worksheet, range: string, dropdown: Dropdown): void => {
  const model = (ws as unknown as { dataValidations: ValidationsModel }).dataValidations;
  if ("sheet" in dropdown) {
    model.add(range, { ...listValidation(`'${dropdown.sheet}'!$${dropdown.column}$${dropdown.from}:$${dropdown.column}$${dropdown.to}`), showErrorMessage: false });
    return;
  }
  const plan = planValidationList(dropdown.values);
  if ("formula" in plan) {
    model.add(range, listValidation(plan.formula));
    return;
  }
  const lists = workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
  const col = lists.actualColumnCount + 1;
  plan.values.forEach((v, i) => {
    lists.getCell(i + 1, col).value = v;
  });
  model.add(range, listValidation(listSourceFormula(lists.getColumn(col).letter, plan.values.length)));
};

/** The columns the first printed page holds across: the title and the intro are merged over them, never split between pages. */
const firstPageColumns = (sheet: PlanWorkbookSheet): number => {
  // Fitted to so many pages across, each page holds about an equal share of the width.
  const perPage = widthOf(sheet) / pagesAcrossOf(sheet);
  let used = 0;
  let count = 0;
  for (const col of sheet.columns) {
    if (count > 0 && used + col.width > perPage) break;
    used += col.width;
    count++;
  }
  return Math.max(1, count);
};

const writeTitleRows = (ws: Worksheet, sheet: PlanWorkbookSheet): void => {
  const last = firstPageColumns(sheet);
  const width = sheet.columns.slice(0, last).reduce((a, c) => a + c.width, 0);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = sheet.title;
  title.font = { ...FONT, size: 14, bold: true };
  const intro = ws.getCell(INTRO_ROW, 1);
  intro.value = cleanCellText(sheet.intro);
  intro.font = { ...FONT, italic: true };
  intro.alignment = { wrapText: true, vertical: "top" };
  if (last > 1) {
    ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
    ws.mergeCells(INTRO_ROW, 1, INTRO_ROW, last);
  }
  ws.getRow(INTRO_ROW).height = estimateHeightPt(estimateLineCount(sheet.intro, width, FONT.size), FONT.size);
};

const writeHeader = (ws: Worksheet, sheet: PlanWorkbookSheet): void => {
  sheet.columns.forEach((col, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = col.header;
    cell.note = cleanCellText(col.note);
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    ws.getColumn(i + 1).width = col.width;
  });
  ws.getRow(HEADER_ROW).height = 45;
};

const writeListSheet = (workbook: ExcelJS.Workbook, ws: Worksheet, sheet: PlanWorkbookSheet): void => {
  writeHeader(ws, sheet);
  // Items, then blank rows an officer can fill: both carry the column's format and dropdown.
  const lastRow = FIRST_ITEM_ROW + Math.max(sheet.rows.length, 0) + DROPDOWN_ROWS - 1;
  sheet.columns.forEach((col, c) => {
    const column = ws.getColumn(c + 1);
    if (!col.numeric && !col.derived) column.numFmt = TEXT_FORMAT;
  });
  const widths = sheet.columns.map((c) => c.width);
  sheet.rows.forEach((values, r) => {
    ws.getRow(FIRST_ITEM_ROW + r).height = heightOf(values, widths);
    values.forEach((value, c) => {
      const col = sheet.columns[c];
      const cell = ws.getCell(FIRST_ITEM_ROW + r, c + 1);
      if (value !== null && value !== "") cell.value = typeof value === "string" ? cleanCellText(value) : value;
      cell.font = col?.derived ? { ...FONT, italic: true, color: DERIVED_COLOR } : { ...FONT };
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (col?.derived) cell.fill = DERIVED_FILL;
      if (col && !col.numeric && !col.derived) cell.numFmt = TEXT_FORMAT;
    });
  });
  sheet.columns.forEach((col, c) => {
    if (!col.dropdown) return;
    const letter = ws.getColumn(c + 1).letter;
    addDropdown(workbook, ws, `${letter}${FIRST_ITEM_ROW}:${letter}${lastRow}`, col.dropdown);
  });
};

const writeFactsSheet = (workbook: ExcelJS.Workbook, ws: Worksheet, sheet: PlanWorkbookSheet): void => {
  writeHeader(ws, sheet);
  const widths = sheet.columns.map((c) => c.width);
  sheet.rows.forEach(([label, value], r) => {
    const row = FIRST_ITEM_ROW + r;
    ws.getRow(row).height = heightOf([label ?? null, value ?? null], widths);
    const derived = sheet.rowDerived?.[r] === true;
    const labelCell = ws.getCell(row, 1);
    labelCell.value = label ?? null;
    labelCell.font = { ...FONT, bold: true };
    labelCell.border = THIN;
    labelCell.alignment = { wrapText: true, vertical: "top" };
    const note = sheet.rowNotes?.[r];
    if (note) labelCell.note = cleanCellText(note);
    const valueCell = ws.getCell(row, 2);
    if (value !== null && value !== undefined && value !== "") valueCell.value = typeof value === "string" ? cleanCellText(value) : value;
    valueCell.font = derived ? { ...FONT, italic: true, color: DERIVED_COLOR } : { ...FONT };
    valueCell.border = THIN;
    valueCell.alignment = { wrapText: true, vertical: "top" };
    if (derived) valueCell.fill = DERIVED_FILL;
    else valueCell.numFmt = TEXT_FORMAT;
    const dropdown = sheet.rowDropdowns?.[r];
    if (dropdown) addDropdown(workbook, ws, `B${row}`, dropdown);
  });
};

/** The plan's workbook as .xlsx bytes. `today` dates the statuses it shows (a plan ended, a text repealed). */
export const writePlanWorkbook = async (plan: Plan, today: Date, creator = "Điển hình"): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const sheet of buildPlanWorkbookSheets(plan, today)) {
    const ws = workbook.addWorksheet(sheet.name, {
      pageSetup: printSetupOf(sheet),
      views: [{ state: "frozen", xSplit: sheet.layout === "facts" ? 1 : 0, ySplit: HEADER_ROW, topLeftCell: `${sheet.layout === "facts" ? "B" : "A"}${HEADER_ROW + 1}` }],
      headerFooter: { differentFirst: true, oddHeader: `&C&"${FONT.name},Regular"&${FONT.size}&P`, firstHeader: "" },
    });
    writeTitleRows(ws, sheet);
    if (sheet.layout === "facts") writeFactsSheet(workbook, ws, sheet);
    else writeListSheet(workbook, ws, sheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
