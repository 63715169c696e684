import type { Alignment, Borders, CellValue, Fill, Font, HeaderFooter, PageSetup, Style, Workbook, Worksheet, WorksheetView } from "exceljs";
import type { CellStyle, Layout, LayoutCell, PrintSetup } from "../core/layout/types";

/**
 * Writes a core Layout into a new worksheet with exceljs (the normal writer: the streaming one
 * drops page setup). Used for the appendices, the check report sheet and the consolidation
 * workbook, so it knows nothing of any of them.
 */

const MM_PER_INCH = 25.4;
/** Excel refuses to open a file with a longer cell text. */
const MAX_CELL_TEXT = 32767;
const SHEET_NAME_MAX = 31;
/** A list typed into a validation is limited to 255 characters and cannot hold a comma. */
const MAX_INLINE_LIST = 255;
const LIST_SHEET = "Danh mục";
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

const THIN_BORDERS: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

const toInches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 10000) / 10000;

const toArgb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

/**
 * Text from units' sheets can hold control characters that are not allowed in XML (the file
 * would not open) and be longer than a cell takes; both are cut here rather than failing.
 */
const cleanCellText = (text: string): string =>
  text
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .slice(0, MAX_CELL_TEXT);

/**
 * A plain string value is stored as a string, never a formula: exceljs only writes a formula for
 * `{ formula }` objects, so "=1+1" from a unit's sheet stays the text "=1+1".
 */
const toCellValue = (value: LayoutCell["value"]): CellValue => {
  if (value === null) return null;
  if (typeof value === "string") return value === "" ? null : cleanCellText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return Number.isNaN(value.getTime()) ? null : value;
};

const buildFont = (fontName: string, fontSize: number, style: CellStyle | undefined): Partial<Font> => {
  const font: Partial<Font> = { name: fontName, size: style?.size ?? fontSize };
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  if (style?.color !== undefined) font.color = { argb: toArgb(style.color) };
  return font;
};

const buildStyle = (fontName: string, fontSize: number, style: CellStyle | undefined, isDate: boolean): Partial<Style> => {
  const out: Partial<Style> = { font: buildFont(fontName, fontSize, style) };
  const alignment: Partial<Alignment> = {};
  if (style?.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style?.vertical !== undefined) alignment.vertical = style.vertical;
  if (style?.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style?.border) out.border = THIN_BORDERS;
  if (style?.fill !== undefined) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
    out.fill = fill;
  }
  const numFmt = style?.numberFormat ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
  if (numFmt !== undefined) out.numFmt = numFmt;
  return out;
};

/**
 * One exceljs style per distinct CellStyle, made once: layouts reuse the same style objects for
 * thousands of cells. Each cell gets its own shallow copy so that `cell.font = …` on one cell
 * later does not restyle the others (nested objects are shared: replace them, do not mutate them).
 */
const makeStyleCache = (fontName: string, fontSize: number): ((style: CellStyle | undefined, isDate: boolean) => Partial<Style>) => {
  const byObject = new WeakMap<CellStyle, Partial<Style>>();
  const byKey = new Map<string, Partial<Style>>();
  let plain: Partial<Style> | undefined;
  let plainDate: Partial<Style> | undefined;
  return (style, isDate) => {
    if (style === undefined) {
      if (isDate) return (plainDate ??= buildStyle(fontName, fontSize, undefined, true));
      return (plain ??= buildStyle(fontName, fontSize, undefined, false));
    }
    const cacheable = !isDate || style.numberFormat !== undefined;
    const known = cacheable ? byObject.get(style) : undefined;
    if (known) return known;
    const key = `${isDate ? "d" : "v"}|${JSON.stringify([style.bold, style.italic, style.size, style.color, style.fill, style.horizontal, style.vertical, style.wrap, style.border, style.numberFormat])}`;
    let built = byKey.get(key);
    if (!built) {
      built = buildStyle(fontName, fontSize, style, isDate);
      byKey.set(key, built);
    }
    if (cacheable) byObject.set(style, built);
    return built;
  };
};

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, not already in the workbook. */
export const chooseSheetName = (workbook: Workbook, wanted: string): string => {
  const base =
    wanted
      .normalize("NFC")
      .replace(/[[\]:*?/\\]/g, "-")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, SHEET_NAME_MAX) || "Trang tính";
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLocaleLowerCase("vi")));
  if (!taken.has(base.toLocaleLowerCase("vi"))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  }
};

/** exceljs page setup for a layout's print setup; margins go from mm to inches. */
export const toExcelPageSetup = (print: PrintSetup): Partial<PageSetup> => {
  const m = print.margins;
  const setup: Partial<PageSetup> = {
    paperSize: 9,
    orientation: print.orientation,
    margins: { top: toInches(m.top), bottom: toInches(m.bottom), left: toInches(m.left), right: toInches(m.right), header: toInches(m.header), footer: toInches(m.footer) },
  };
  if (print.fitToWidth) {
    // fitToHeight 0 = as many pages tall as needed: only the width is fitted.
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows.from}:${print.repeatRows.to}`;
  return setup;
};

/** Page numbers at the top centre in the sheet's font; `differentFirst` leaves page 1 bare. */
export const toExcelHeaderFooter = (print: PrintSetup, font: Layout["font"]): Partial<HeaderFooter> => {
  if (!print.pageNumbers) return {};
  const oddHeader = `&C&"${font.name},Regular"&${Math.round(font.size)}&P`;
  return print.pageNumbers.firstPage ? { oddHeader } : { differentFirst: true, oddHeader, firstHeader: "" };
};

const buildViews = (freezeRows: number | undefined): Partial<WorksheetView>[] =>
  freezeRows !== undefined && freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: freezeRows, topLeftCell: `A${freezeRows + 1}` }] : [];

/** Where a long or comma-holding list goes: one column of a shared sheet, hidden from view. */
const addListSource = (workbook: Workbook, values: readonly string[]): string => {
  const sheet = workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
  const col = sheet.actualColumnCount + 1;
  values.forEach((v, i) => {
    sheet.getCell(i + 1, col).value = cleanCellText(v);
  });
  const letter = sheet.getColumn(col).letter;
  return `'${LIST_SHEET}'!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
};

interface DataValidationsModel {
  add(address: string, validation: object): void;
}

const addValidations = (workbook: Workbook, ws: Worksheet, validations: Layout["validations"]): void => {
  if (!validations || validations.length === 0) return;
  // exceljs 4.4 keeps range validations on `dataValidations` but leaves it out of its typings;
  // adding the range at once avoids one model entry per cell of C8:C5000.
  const model = (ws as unknown as { dataValidations: DataValidationsModel }).dataValidations;
  for (const { range, values } of validations) {
    const inline = values.map((v) => v.replace(/"/g, '""')).join(",");
    const fitsInline = inline.length <= MAX_INLINE_LIST && values.every((v) => !v.includes(","));
    const formula = fitsInline ? `"${inline}"` : addListSource(workbook, values);
    model.add(range, { type: "list", allowBlank: true, showErrorMessage: true, formulae: [formula] });
  }
};

export interface RenderOptions {
  /**
   * Cells share their style objects instead of each having a copy. exceljs's writer remembers the
   * XML of each style object it has seen, so shared objects are serialized once rather than once
   * per cell: about half the time of writing a 30,000-row consolidation. Only for a workbook
   * written out as it is: restyling one cell (`cell.font = …`) would then restyle its neighbours.
   */
  shareStyles?: boolean;
}

/** Writes `layout` as a new worksheet of `workbook` and returns it. */
export const renderLayoutToWorksheet = (workbook: Workbook, layout: Layout, options: RenderOptions = {}): Worksheet => {
  const ws = workbook.addWorksheet(chooseSheetName(workbook, layout.sheetName), {
    pageSetup: toExcelPageSetup(layout.print),
    headerFooter: toExcelHeaderFooter(layout.print, layout.font),
    views: buildViews(layout.freezeRows),
  });
  layout.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(layout.rowHeights ?? {})) ws.getRow(Number(row)).height = height;

  const styleFor = makeStyleCache(layout.font.name, layout.font.size);
  for (const cell of layout.cells) {
    const target = ws.getCell(cell.row, cell.col);
    const value = toCellValue(cell.value);
    if (value !== null) target.value = value;
    const style = styleFor(cell.style, value instanceof Date);
    target.style = options.shareStyles ? style : { ...style };
    if (cell.note !== undefined && cell.note !== "") target.note = cleanCellText(cell.note);
  }
  // After the cells: exceljs gives the covered cells the top-left cell's style, so a bordered
  // merge keeps its border on every edge.
  for (const m of layout.merges) {
    if (m.bottom > m.top || m.right > m.left) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  addValidations(workbook, ws, layout.validations);
  return ws;
};
