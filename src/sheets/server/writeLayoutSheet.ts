/**
 * A core Layout → a new sheet of ours: values, number formats, fonts, fills, alignment and notes
 * each in one call over the whole grid, borders through one range list, then merges, widths,
 * heights and frozen rows. Sheets has no paper size, margins or print titles: the printable
 * appendix is the .xlsx the sidebar downloads. Text is written with Sheets' quote prefix, so
 * "=1+2", "0912…" or "12/11/2021" from a unit's sheet stays the text it was.
 */
import { measureLayoutExtent, type CellStyle, type Layout } from "../../core/layout/types";
import { toCellAddress } from "../../excel/addresses";
import { compressCells } from "../../excel/markState";
import type { FontStyle, FontWeight, HorizontalAlignment, SheetCell, SheetLike, SpreadsheetLike, VerticalAlignment } from "./host";
import { chooseFreeName, markOwnSheet, type ClassifiedSheet } from "./ownSheets";
import { toSheetsSerial } from "./sheetDates";

const DATE_FORMAT = "dd/mm/yyyy";
/** Sheets' limit on a cell's text. */
const MAX_TEXT = 50_000;

/** Excel character widths → pixels, as Excel draws a column of the default font. */
export const toPixelWidth = (chars: number): number => Math.trunc(chars * 7 + 5);

/** Sheets names can be 100 characters; control characters and leading apostrophes are no part of one. */
export function cleanSheetName(wanted: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const name = wanted.normalize("NFC").replace(/[\u0000-\u001f]/g, "").replace(/^'+|'+$/g, "").trim().slice(0, 100);
  return name || "Trang tính";
}

// eslint-disable-next-line no-control-regex -- control characters other than tab and line breaks are dropped
const cleanText = (text: string): string => text.normalize("NFC").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").slice(0, MAX_TEXT);

interface Grid {
  rows: number;
  cols: number;
  values: SheetCell[][];
  formats: string[][];
  weights: FontWeight[][];
  styles: FontStyle[][];
  sizes: number[][];
  colors: string[][];
  fills: (string | null)[][];
  horizontal: HorizontalAlignment[][];
  vertical: VerticalAlignment[][];
  wraps: boolean[][];
  notes: string[][];
  hasNotes: boolean;
  bordered: string[];
}

const matrix = <T>(rows: number, cols: number, value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(value));

/** The whole grid of a layout, one matrix per property; a merge's area takes its top-left cell's style. */
export function buildGrid(layout: Layout): Grid | null {
  if (layout.cells.length === 0) return null;
  const { rows, cols } = measureLayoutExtent(layout.cells, layout.merges);
  const grid: Grid = {
    rows, cols,
    values: matrix<SheetCell>(rows, cols, ""), formats: matrix(rows, cols, ""), weights: matrix<FontWeight>(rows, cols, "normal"),
    styles: matrix<FontStyle>(rows, cols, "normal"), sizes: matrix(rows, cols, layout.font.size), colors: matrix(rows, cols, "#000000"),
    fills: matrix<string | null>(rows, cols, null), horizontal: matrix<HorizontalAlignment>(rows, cols, "normal"), vertical: matrix<VerticalAlignment>(rows, cols, "bottom"),
    wraps: matrix(rows, cols, false), notes: matrix(rows, cols, ""), hasNotes: false, bordered: [],
  };
  const styleAt = new Map<string, CellStyle>();
  for (const cell of layout.cells) {
    const i = cell.row - 1;
    const j = cell.col - 1;
    const { value } = cell;
    const line = grid.values[i];
    const formats = grid.formats[i];
    if (!line || !formats) continue;
    if (value instanceof Date) {
      line[j] = toSheetsSerial(value);
      formats[j] = cell.style?.numberFormat ?? DATE_FORMAT;
    } else if (typeof value === "string") {
      line[j] = value === "" ? "" : `'${cleanText(value)}`;
    } else if (typeof value === "number" && Number.isFinite(value)) {
      line[j] = value;
      if (cell.style?.numberFormat) formats[j] = cell.style.numberFormat;
    }
    if (cell.note) {
      (grid.notes[i] as string[])[j] = cleanText(cell.note);
      grid.hasNotes = true;
    }
    if (cell.style) styleAt.set(`${i}:${j}`, cell.style);
  }
  for (const m of layout.merges) {
    const style = styleAt.get(`${m.top - 1}:${m.left - 1}`);
    if (!style) continue;
    for (let r = m.top - 1; r < m.bottom; r++) for (let c = m.left - 1; c < m.right; c++) styleAt.set(`${r}:${c}`, style);
  }
  for (const [key, style] of styleAt) {
    const [i, j] = key.split(":").map(Number) as [number, number];
    if (style.bold) (grid.weights[i] as FontWeight[])[j] = "bold";
    if (style.italic) (grid.styles[i] as FontStyle[])[j] = "italic";
    if (style.size !== undefined) (grid.sizes[i] as number[])[j] = style.size;
    if (style.color !== undefined) (grid.colors[i] as string[])[j] = `#${style.color.toLowerCase()}`;
    if (style.fill !== undefined) (grid.fills[i] as (string | null)[])[j] = `#${style.fill.toLowerCase()}`;
    if (style.horizontal) (grid.horizontal[i] as HorizontalAlignment[])[j] = style.horizontal;
    if (style.vertical) (grid.vertical[i] as VerticalAlignment[])[j] = style.vertical;
    if (style.wrap) (grid.wraps[i] as boolean[])[j] = true;
    if (style.border) grid.bordered.push(toCellAddress({ row: i, col: j }));
  }
  return grid;
}

/** Runs of equal values (widths, heights) as [start, count, value], 1-based. */
function runsOf(values: readonly (number | undefined)[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i + 1) last[1]++;
    else runs.push([i + 1, 1, v]);
  });
  return runs;
}

function paint(sheet: SheetLike, layout: Layout, grid: Grid): void {
  const range = sheet.getRange(1, 1, grid.rows, grid.cols);
  range.setFontFamily(layout.font.name);
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  range.setFontWeights(grid.weights);
  range.setFontStyles(grid.styles);
  range.setFontSizes(grid.sizes);
  range.setFontColors(grid.colors);
  range.setBackgrounds(grid.fills);
  range.setHorizontalAlignments(grid.horizontal);
  range.setVerticalAlignments(grid.vertical);
  range.setWraps(grid.wraps);
  if (grid.hasNotes) range.setNotes(grid.notes);
  if (grid.bordered.length > 0) sheet.getRangeList(compressCells(grid.bordered)).setBorder(true, true, true, true, true, true);
  for (const m of layout.merges) sheet.getRange(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge();
}

/**
 * Writes `layout` as a sheet of ours (named `sheetName`, the layout's own name unless given) and
 * shows it. Our own earlier sheet of the same role is replaced in its place; a user's sheet of that name is left as it is and ours takes a free name. Returns
 * the name written.
 */
export function writeLayoutSheet(spreadsheet: SpreadsheetLike, sheets: ClassifiedSheet[], layout: Layout, sheetName: string = layout.sheetName): string {
  const wanted = cleanSheetName(sheetName);
  const at = sheets.findIndex((s) => s.role === layout.role);
  const earlier = sheets[at];
  const others = sheets.filter((s) => s !== earlier).map((s) => s.name);
  // The new sheet goes in first, under a name no sheet has: Sheets will not delete the last visible sheet.
  const sheet = spreadsheet.insertSheet(chooseFreeName(wanted, sheets.map((s) => s.name)), earlier ? at : sheets.length);
  markOwnSheet(sheet, layout.role);
  let name = sheet.getName();
  if (earlier) {
    spreadsheet.deleteSheet(earlier.sheet);
    // It takes the name the earlier result had, unless a user's sheet took it meanwhile.
    name = chooseFreeName(earlier.name, others);
    if (name !== sheet.getName()) sheet.setName(name);
    sheets.splice(at, 1, { sheet, name, role: layout.role });
  } else {
    sheets.push({ sheet, name, role: layout.role });
  }
  const grid = buildGrid(layout);
  if (grid) paint(sheet, layout, grid);
  for (const [start, count, width] of runsOf(layout.columnWidths.map(toPixelWidth))) sheet.setColumnWidths(start, count, width);
  const heights: (number | undefined)[] = [];
  for (const [row, height] of Object.entries(layout.rowHeights ?? {})) heights[Number(row) - 1] = Math.round((height * 4) / 3);
  for (const [start, count, height] of runsOf(heights)) sheet.setRowHeights(start, count, height);
  if (layout.freezeRows) sheet.setFrozenRows(layout.freezeRows);
  sheet.activate();
  return name;
}
