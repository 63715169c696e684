import type { Alignment, Borders, Cell, CellValue, DataValidation, Fill, Font, HeaderFooter, PageSetup, RowBreak, Style, Worksheet, WorksheetView } from "exceljs";
import type { CellStyle, Layout, LayoutCell, Merge, PrintSetup } from "../core/layout/types";
import { OWN_SHEET_NAMES, toOwnSheetReference, type OwnSheetRole } from "../core/ownOutput/ownSheets";

/**
 * What a Layout makes of a worksheet, cell by cell, shared by the two writers: the in-memory one
 * (renderLayout.ts, also in the browser pane) and the streaming one (streamLayoutWorkbook.ts, the
 * command line). Both put the same values and style objects into exceljs cells, so a layout comes
 * out the same whichever writes it; only the order of the work differs. No node modules here: the
 * browser pane bundles this file.
 */

const MM_PER_INCH = 25.4;
/** Excel refuses to open a file with a longer cell text. */
export const MAX_CELL_TEXT = 32767;
/** A list typed into a validation is limited to 255 characters and cannot hold a comma. */
const MAX_INLINE_LIST = 255;
/** The hidden sheet holding the lists too long (or with commas) for a validation's formula. */
export const LIST_SHEET = "Danh mục";
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
export const cleanCellText = (text: string): string =>
  text
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .slice(0, MAX_CELL_TEXT);

/**
 * A plain string value is stored as a string, never a formula: exceljs only writes a formula for
 * `{ formula }` objects, so "=1+1" from a unit's sheet stays the text "=1+1".
 */
export const toCellValue = (value: LayoutCell["value"]): CellValue => {
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

export type StyleFor = (style: CellStyle | undefined, isDate: boolean) => Partial<Style>;

/**
 * One exceljs style per distinct CellStyle, made once: layouts reuse the same style objects for
 * thousands of cells, and exceljs's writers remember the XML of each style object they have seen.
 */
export const makeStyleCache = (font: Layout["font"]): StyleFor => {
  const byObject = new WeakMap<CellStyle, Partial<Style>>();
  const byKey = new Map<string, Partial<Style>>();
  let plain: Partial<Style> | undefined;
  let plainDate: Partial<Style> | undefined;
  return (style, isDate) => {
    if (style === undefined) {
      if (isDate) return (plainDate ??= buildStyle(font.name, font.size, undefined, true));
      return (plain ??= buildStyle(font.name, font.size, undefined, false));
    }
    const cacheable = !isDate || style.numberFormat !== undefined;
    const known = cacheable ? byObject.get(style) : undefined;
    if (known) return known;
    const key = `${isDate ? "d" : "v"}|${JSON.stringify([style.bold, style.italic, style.size, style.color, style.fill, style.horizontal, style.vertical, style.wrap, style.border, style.numberFormat])}`;
    let built = byKey.get(key);
    if (!built) {
      built = buildStyle(font.name, font.size, style, isDate);
      byKey.set(key, built);
    }
    if (cacheable) byObject.set(style, built);
    return built;
  };
};

/**
 * Puts one layout cell into an exceljs cell: the cleaned value, the style (shared, or a copy of
 * its own when the cell may be restyled later: nested objects stay shared, replace them rather
 * than mutate them) and the note.
 */
export const writeLayoutCell = (target: Cell, cell: LayoutCell, styleFor: StyleFor, shareStyles: boolean): void => {
  const value = toCellValue(cell.value);
  if (value !== null) target.value = value;
  const style = styleFor(cell.style, value instanceof Date);
  target.style = shareStyles ? style : { ...style };
  if (cell.note !== undefined && cell.note !== "") target.note = cleanCellText(cell.note);
};

export { chooseSheetNameAmong } from "../core/layout/sheetNames";

/**
 * Marks a sheet this product writes with the defined name of its role (see
 * core/ownOutput/ownSheets.ts), once per role and workbook: a name pointing at two sheets would
 * say nothing. `marked` holds the roles marked so far in this workbook.
 */
export const markOwnSheet = (definedNames: { add(reference: string, name: string): void }, sheetName: string, role: OwnSheetRole, marked: Set<OwnSheetRole>): void => {
  if (marked.has(role)) return;
  marked.add(role);
  definedNames.add(toOwnSheetReference(sheetName), OWN_SHEET_NAMES[role]);
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
  // Both writers turn this into the sheet's _xlnm.Print_Titles defined name (exceljs's workbook
  // part collects it from every sheet's page setup, streamed or not).
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

/** The options `addWorksheet` takes for a layout's sheet: print setup, page numbers, frozen header. */
export const worksheetOptionsOf = (layout: Layout): { pageSetup: Partial<PageSetup>; headerFooter: Partial<HeaderFooter>; views: Partial<WorksheetView>[] } => ({
  pageSetup: toExcelPageSetup(layout.print),
  headerFooter: toExcelHeaderFooter(layout.print, layout.font),
  views: buildViews(layout.freezeRows),
});

/**
 * exceljs takes a width of exactly 9 for "no width" and leaves the column out of the file, where
 * Excel then draws it 8.43 wide: such a column is written a hair wider.
 */
const EXCELJS_DEFAULT_WIDTH = 9;
const writableWidth = (width: number): number => (width === EXCELJS_DEFAULT_WIDTH ? EXCELJS_DEFAULT_WIDTH + 0.01 : width);

/** The layout's column widths; before any row is written (the streaming writer writes them with the first row). */
export const applyColumnWidths = (ws: Worksheet, layout: Layout): void => {
  layout.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = writableWidth(width);
  });
};

/** The layout's row heights as [row, height], rows ascending. */
export const rowHeightsOf = (layout: Layout): [number, number][] =>
  Object.entries(layout.rowHeights ?? {})
    .map(([row, height]): [number, number] => [Number(row), height])
    .sort((a, b) => a[0] - b[0]);

/**
 * The layout's page breaks, each after its row across every column, as Excel writes a manual break.
 * Called before any row is written: the streaming writer refuses to touch a committed row.
 */
export const addLayoutPageBreaks = (ws: Worksheet, layout: Layout): void => {
  // What Row.addPageBreak() adds, without making the row: in a streamed sheet, rows made ahead of
  // the writing are committed by shifting an array one place at a time (quadratic: 27 s for 500
  // units' Danh sách with a break every page).
  const { rowBreaks } = ws as Worksheet & { rowBreaks: RowBreak[] };
  for (const row of layout.pageBreaks ?? []) rowBreaks.push({ id: row, max: 16838, man: 1 } as RowBreak);
};

/** A one-cell merge is no merge: Excel would keep it as a useless entry. */
export const isRealMerge = (m: Merge): boolean => m.bottom > m.top || m.right > m.left;

/**
 * How a dropdown's values reach Excel: typed into the formula when they fit (≤ 255 characters, no
 * comma), or as a column of the hidden list sheet (`values`, cleaned as cell text).
 */
export const planValidationList = (values: readonly string[]): { formula: string } | { values: string[] } => {
  const inline = values.map((v) => v.replace(/"/g, '""')).join(",");
  const fitsInline = inline.length <= MAX_INLINE_LIST && values.every((v) => !v.includes(","));
  return fitsInline ? { formula: `"${inline}"` } : { values: values.map(cleanCellText) };
};

/** The reference to `count` values in column `letter` of the hidden list sheet. */
export const listSourceFormula = (letter: string, count: number): string => `'${LIST_SHEET}'!$${letter}$1:$${letter}$${Math.max(1, count)}`;

export const listValidation = (formula: string): DataValidation => ({ type: "list", allowBlank: true, showErrorMessage: true, formulae: [formula] });

interface DataValidationsModel {
  add(address: string, validation: DataValidation): void;
}

/**
 * Adds the layout's dropdowns to `ws`; `addListSource` puts a long list into the hidden list sheet
 * (each writer keeps that sheet its own way) and returns the reference to it.
 */
export const addLayoutValidations = (ws: Worksheet, layout: Layout, addListSource: (values: string[]) => string): void => {
  if (!layout.validations || layout.validations.length === 0) return;
  // exceljs 4.4 keeps range validations on `dataValidations` (both writers) but leaves it out of
  // its typings; adding the range at once avoids one model entry per cell of C8:C5000.
  const model = (ws as unknown as { dataValidations: DataValidationsModel }).dataValidations;
  for (const { range, values } of layout.validations) {
    const plan = planValidationList(values);
    model.add(range, listValidation("formula" in plan ? plan.formula : addListSource(plan.values)));
  }
};
