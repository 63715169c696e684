/// <reference types="office-js" />
/**
 * A core Layout → a new worksheet: values in one `range.values` write, styles grouped by
 * getRanges, merges, widths and the A4 print setup (ExcelApi 1.9 pageLayout). Two syncs on
 * desktop; on Excel on the web the content goes in syncs of at most ~4 MB each.
 */
import { measureLayoutExtent, type CellStyle, type Layout, type LayoutCell } from "../core/layout/types";
import {
  convertDateToSerial,
  joinAddressLists,
  toCellAddress,
  toColumnLetters,
  toQualifiedAddress,
  toRangeAddress,
  type RangeRect,
} from "./addresses";
import { compressCells } from "./markState";
import { ACTION_BYTES, PATH_BYTES, measureJsonBytes, toRequestBudget, weighAction, weighPath } from "./requestSize";
import { ExcelAdapterError, detectExcelFeatures, type ExcelFeatures } from "./runInExcel";
import { syncPieces, writePiece, type RequestPiece } from "./syncInParts";

const POINTS_PER_MM = 72 / 25.4;
const TEXT_FORMAT = "@";
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Excel's rules for sheet names (≤ 31 characters, none of []:*?/\), as the .xlsx writer applies them. */
export function normalizeSheetName(wanted: string): string {
  const name = wanted
    .normalize("NFC")
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  return name || "Trang tính";
}

/** Excel refuses a longer cell text, and control characters are not text a user meant. */
export function cleanCellText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize("NFC").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").slice(0, 32767);
}

/** Excel character units (of the default Calibri 11) → points, as Excel computes a column's pixels. */
export function convertCharsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 0.75) * 100) / 100;
}

export function convertMmToPoints(mm: number): number {
  return Math.round(mm * POINTS_PER_MM * 100) / 100;
}

interface CellGrid {
  rect: RangeRect;
  values: (string | number | boolean)[][];
  formats: string[][];
}

/**
 * Every string goes into a cell formatted as Text (@), set before the values: Excel then keeps
 * "=…", "+84…", "-", "@…", "0912…" and "12/11/2021" exactly as written, never a formula, number or date.
 */
export function buildCellGrid(cells: readonly LayoutCell[]): CellGrid | null {
  if (cells.length === 0) return null;
  const extent = measureLayoutExtent(cells);
  const bottom = extent.rows - 1;
  const right = extent.cols - 1;
  const rect: RangeRect = { top: 0, left: 0, bottom, right };
  const values = Array.from({ length: bottom + 1 }, () => new Array<string | number | boolean>(right + 1).fill(""));
  const formats = Array.from({ length: bottom + 1 }, () => new Array<string>(right + 1).fill("General"));
  for (const cell of cells) {
    const row = values[cell.row - 1];
    const formatRow = formats[cell.row - 1];
    if (!row || !formatRow) continue;
    const { value } = cell;
    if (value instanceof Date) {
      row[cell.col - 1] = convertDateToSerial(value);
      formatRow[cell.col - 1] = cell.style?.numberFormat ?? DEFAULT_DATE_FORMAT;
    } else if (typeof value === "string") {
      row[cell.col - 1] = cleanCellText(value);
      formatRow[cell.col - 1] = TEXT_FORMAT;
    } else if (typeof value === "number") {
      row[cell.col - 1] = value;
      formatRow[cell.col - 1] = cell.style?.numberFormat ?? "General";
    }
  }
  return { rect, values, formats };
}

/** Cells sharing a style, with a merge's whole area taking its top-left cell's style (borders, fill). */
export function groupCellsByStyle(layout: Layout): { style: CellStyle; cells: string[] }[] {
  const styleOf = new Map<string, CellStyle>();
  for (const cell of layout.cells) {
    if (cell.style) styleOf.set(toCellAddress({ row: cell.row - 1, col: cell.col - 1 }), cell.style);
  }
  for (const merge of layout.merges) {
    const style = styleOf.get(toCellAddress({ row: merge.top - 1, col: merge.left - 1 }));
    if (!style) continue;
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let col = merge.left; col <= merge.right; col++) styleOf.set(toCellAddress({ row: row - 1, col: col - 1 }), style);
    }
  }
  const groups = new Map<string, { style: CellStyle; cells: string[] }>();
  for (const [cell, style] of styleOf) {
    const { numberFormat: _numberFormat, ...shown } = style;
    if (Object.keys(shown).length === 0) continue;
    const key = JSON.stringify(Object.entries(shown).sort(([a], [b]) => a.localeCompare(b)));
    const group = groups.get(key) ?? { style: shown, cells: [] as string[] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = `#${style.color}`;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[style.horizontal];
  if (style.vertical) format.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function queuePrintSetup(sheet: Excel.Worksheet, layout: Layout): void {
  const { print, font } = layout;
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.topMargin = convertMmToPoints(print.margins.top);
  page.bottomMargin = convertMmToPoints(print.margins.bottom);
  page.leftMargin = convertMmToPoints(print.margins.left);
  page.rightMargin = convertMmToPoints(print.margins.right);
  page.headerMargin = convertMmToPoints(print.margins.header);
  page.footerMargin = convertMmToPoints(print.margins.footer);
  if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.from}:$${print.repeatRows.to}`);
  // What Excel itself records for "Fit All Columns on One Page": 1 wide, 0 = as many tall as needed.
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // A break goes before the range's first row: the layout's break after row r is one before r + 1.
  for (const row of layout.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  if (print.pageNumbers) {
    const headers = page.headersFooters;
    headers.state = print.pageNumbers.firstPage ? "Default" : "FirstAndDefault";
    // The page number in the sheet's font, as the .xlsx writer puts it.
    headers.defaultForAllPages.centerHeader = `&"${font.name},Regular"&${Math.round(font.size)}&P`;
    if (!print.pageNumbers.firstPage) headers.firstPage.centerHeader = "";
  }
}

/**
 * Excel refuses a list source over 255 characters, and a comma would split a value in two; such
 * lists are left out here (the .xlsx writer moves them to a hidden sheet).
 */
function toListSource(values: readonly string[]): string | null {
  const source = values.join(",");
  return values.some((v) => v.includes(",")) || source.length > 255 ? null : source;
}

/**
 * Writes `layout` as a new worksheet and shows it. An existing sheet of that name is replaced only
 * when `replace` is true (the pane asks first); the new sheet then takes the old one's place.
 */
/**
 * Row heights as one queued change per height and address list ("8:12,15:15"), not one per row:
 * a consolidated list of 30,000 rows has a handful of distinct heights.
 */
export function groupRowsByHeight(rowHeights: Record<number, number>): { height: number; rows: string[] }[] {
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of Object.entries(rowHeights)) {
    const rows = byHeight.get(height);
    if (rows) rows.push(Number(row));
    else byHeight.set(height, [Number(row)]);
  }
  return [...byHeight].map(([height, rows]) => {
    rows.sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
      runs.push(`${rows[i]}:${rows[j]}`);
      i = j + 1;
    }
    return { height, rows: runs };
  });
}

/** A style's property sets on a range: one per key, a border six edges of two sets each. */
function countStyleSets(style: CellStyle): number {
  return Object.keys(style).length + (style.border ? BORDER_EDGES.length * 2 : 0);
}

/** Rows of the grid written by one piece: numberFormat first, so that text stays text. */
function planGridRows(sheet: Excel.Worksheet, grid: CellGrid, top: number, bottom: number, bytes: number): RequestPiece {
  const rect: RangeRect = { ...grid.rect, top, bottom };
  const address = toRangeAddress(rect);
  const split = (): RequestPiece[] | null => {
    if (bottom === top) return null;
    const middle = top + Math.floor((bottom - top) / 2);
    const share = (middle - top + 1) / (bottom - top + 1);
    return [planGridRows(sheet, grid, top, middle, bytes * share), planGridRows(sheet, grid, middle + 1, bottom, bytes * (1 - share))];
  };
  return writePiece(
    bytes,
    () => {
      const range = sheet.getRange(address);
      range.numberFormat = grid.formats.slice(top, bottom + 1);
      range.values = grid.values.slice(top, bottom + 1);
    },
    split,
  );
}

/**
 * The grid's values and formats in blocks of rows: one block where requests have no cap (one
 * `range.values` write, as desktop always had), blocks of about a quarter of the request budget
 * on Excel on the web, so that packing wastes little of each sync.
 */
function planGridBlocks(sheet: Excel.Worksheet, grid: CellGrid, requestLimit: number | undefined): RequestPiece[] {
  const rowBytes = grid.values.map((line, i) => measureJsonBytes(line) + measureJsonBytes(grid.formats[i]) + 2);
  const total = rowBytes.reduce((a, b) => a + b, 0);
  const fixed = weighPath(toRangeAddress(grid.rect)) + 2 * ACTION_BYTES;
  if (requestLimit === undefined) return [planGridRows(sheet, grid, 0, grid.rect.bottom, fixed + total)];
  const target = toRequestBudget(requestLimit) / 4;
  const blocks: RequestPiece[] = [];
  let top = 0;
  let bytes = 0;
  rowBytes.forEach((weight, row) => {
    if (row > top && bytes + weight > target) {
      blocks.push(planGridRows(sheet, grid, top, row - 1, fixed + bytes));
      top = row;
      bytes = 0;
    }
    bytes += weight;
  });
  blocks.push(planGridRows(sheet, grid, top, grid.rect.bottom, fixed + bytes));
  return blocks;
}

function planLayoutNotes(sheet: Excel.Worksheet, sheetName: string, layout: Layout, features: ExcelFeatures): RequestPiece[] {
  return layout.cells.flatMap((cell) => {
    if (!cell.note || (!features.notes && !features.comments)) return [];
    const address = toCellAddress({ row: cell.row - 1, col: cell.col - 1 });
    const text = cleanCellText(cell.note);
    if (features.notes) return [writePiece(weighAction(address, text), () => sheet.notes.add(address, text))];
    const qualified = toQualifiedAddress(sheetName, address);
    return [writePiece(weighAction(qualified, text), () => sheet.comments.add(qualified, text))];
  });
}

/**
 * Everything `layout` puts into `sheet` (a new, empty worksheet named `name`), as weighed pieces
 * in the order they are written: values, styles, merges, widths, heights, dropdowns, notes,
 * frozen rows and the print setup. With no `features.requestLimit` (desktop) they all go in one
 * sync; on Excel on the web, in as few syncs as its 5 MB allows (syncInParts.ts).
 */
export function planLayoutContent(sheet: Excel.Worksheet, name: string, layout: Layout, features: ExcelFeatures): RequestPiece[] {
  const pieces: RequestPiece[] = [];
  const grid = buildCellGrid(layout.cells);
  if (grid) {
    const address = toRangeAddress(grid.rect);
    pieces.push(
      writePiece(weighPath(address) + weighAction(layout.font.name) + weighAction(layout.font.size) + 2 * PATH_BYTES, () => {
        const range = sheet.getRange(address);
        range.format.font.name = layout.font.name;
        range.format.font.size = layout.font.size;
      }),
      ...planGridBlocks(sheet, grid, features.requestLimit),
    );
  }
  for (const { style, cells } of groupCellsByStyle(layout)) {
    const sets = countStyleSets(style);
    for (const list of joinAddressLists(compressCells(cells))) {
      pieces.push(writePiece(weighPath(list) + sets * (ACTION_BYTES + 3 * PATH_BYTES), () => applyStyle(sheet.getRanges(list).format, style)));
    }
  }
  for (const merge of layout.merges) {
    const address = toRangeAddress({ top: merge.top - 1, left: merge.left - 1, bottom: merge.bottom - 1, right: merge.right - 1 });
    pieces.push(writePiece(weighPath(address) + weighAction(false), () => sheet.getRange(address).merge(false)));
  }
  pieces.push(
    writePiece(layout.columnWidths.length * (weighPath("AA:AA") + ACTION_BYTES + PATH_BYTES), () =>
      layout.columnWidths.forEach((width, col) => {
        const letters = toColumnLetters(col);
        sheet.getRange(`${letters}:${letters}`).format.columnWidth = convertCharsToPoints(width);
      }),
    ),
  );
  for (const { height, rows } of groupRowsByHeight(layout.rowHeights ?? {})) {
    for (const list of joinAddressLists(rows)) {
      pieces.push(writePiece(weighPath(list) + ACTION_BYTES + PATH_BYTES, () => (sheet.getRanges(list).format.rowHeight = height)));
    }
  }
  for (const validation of layout.validations ?? []) {
    const source = toListSource(validation.values);
    const rule = { list: { inCellDropDown: true, source } };
    if (source) pieces.push(writePiece(weighPath(validation.range) + weighAction(rule) + PATH_BYTES, () => (sheet.getRange(validation.range).dataValidation.rule = { list: { inCellDropDown: true, source } })));
  }
  pieces.push(...planLayoutNotes(sheet, name, layout, features));
  const breaks = layout.pageBreaks?.length ?? 0;
  pieces.push(
    writePiece(30 * (ACTION_BYTES + PATH_BYTES) + breaks * (ACTION_BYTES + 2 * PATH_BYTES), () => {
      if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
      queuePrintSetup(sheet, layout);
    }),
  );
  return pieces;
}

export async function writeLayoutSheet(
  context: Excel.RequestContext,
  layout: Layout,
  replace: boolean,
  features: ExcelFeatures = detectExcelFeatures(),
): Promise<void> {
  const name = normalizeSheetName(layout.sheetName);
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(name).load("name,position");
  await context.sync();
  if (!existing.isNullObject && !replace) {
    throw new ExcelAdapterError("SheetExists", `Đã có trang tính "${name}": chọn "Thay thế" để ghi đè, hoặc đặt tên khác.`);
  }
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) sheet = worksheets.add(name);
  else {
    // Added under a temporary name first: Excel will not delete a workbook's only visible sheet.
    sheet = worksheets.add(`~dienhinh-${Date.now() % 100000}`);
    const position = existing.position;
    existing.delete();
    sheet.name = name;
    sheet.position = position;
  }

  await syncPieces(context, [...planLayoutContent(sheet, name, layout, features), writePiece(ACTION_BYTES, () => sheet.activate())], features.requestLimit);
}
