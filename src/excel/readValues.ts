/// <reference types="office-js" />
/**
 * Excel sheets → core values. One batched read for all sheets: each sheet's used range with its
 * values, number formats (to tell dates) and font; per-cell fonts only where a sheet mixes fonts.
 */
import type { CellScalar, SheetValues, WorkbookValues } from "../core/model";
import { detectEncodingFromFont } from "../core/text/legacy";
import {
  convertSerialToDate,
  isDateNumberFormat,
  parseRangeAddress,
  splitAreasAddress,
  splitSheetFromAddress,
  toRangeAddress,
  type RangeRect,
} from "./addresses";
import { detectExcelFeatures, type ExcelFeatures } from "./runInExcel";
import { syncInParts } from "./syncInParts";

interface SheetRead {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
  rect: RangeRect | null;
  rows: CellScalar[][];
  /** undefined: not seen yet; null: the sheet mixes fonts. */
  uniformFont: string | null | undefined;
  cellFonts: (string | undefined)[][] | null;
  merges: string[] | null;
}

type ReadPart =
  | { kind: "whole"; read: SheetRead }
  | { kind: "block"; read: SheetRead; rect: RangeRect }
  | { kind: "fonts"; read: SheetRead; rect: RangeRect };

export async function readActiveSheetValues(
  context: Excel.RequestContext,
  features: ExcelFeatures = detectExcelFeatures(),
): Promise<SheetValues> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const [values] = await readSheetsValues(context, [sheet], features);
  if (!values) throw new Error("readSheetsValues returned no sheet");
  return values;
}

export async function readWorkbookValues(
  context: Excel.RequestContext,
  fileName: string,
  features: ExcelFeatures = detectExcelFeatures(),
): Promise<WorkbookValues> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  return { file: fileName, sheets: await readSheetsValues(context, worksheets.items, features) };
}

/** Reads the given sheets in a fixed number of syncs: one for values, one more if any sheet mixes fonts. */
export async function readSheetsValues(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  features: ExcelFeatures,
): Promise<SheetValues[]> {
  const reads: SheetRead[] = sheets.map((sheet) => ({
    sheet, name: "", hidden: false, rect: null, rows: [], uniformFont: undefined, cellFonts: null, merges: null,
  }));
  // A read's response cannot be weighed before it comes: reads are halved only when refused.
  const how = {
    queue: (part: ReadPart): (() => void) => queueReadPart(part, features),
    split: (part: ReadPart): Promise<ReadPart[] | null> => splitReadPart(context, part, features),
  };
  await syncInParts<ReadPart>(context, reads.map((read) => ({ kind: "whole", read })), how);
  const mixed = reads.filter((read) => read.rect && read.uniformFont === null);
  await syncInParts<ReadPart>(context, mixed.map((read) => ({ kind: "fonts", read, rect: read.rect as RangeRect })), how);
  return reads.map(toSheetValues);
}

function queueReadPart(part: ReadPart, features: ExcelFeatures): () => void {
  const { read } = part;
  if (part.kind === "fonts") {
    const cells = read.sheet.getRange(toRangeAddress(part.rect)).getCellProperties({ format: { font: { name: true } } });
    return () => placeFonts(read, part.rect, cells.value);
  }
  if (part.kind === "block") {
    const range = read.sheet.getRange(toRangeAddress(part.rect)).load("values,numberFormat,format/font/name");
    return () => placeBlock(read, part.rect, range);
  }
  read.sheet.load("name,visibility");
  const range = read.sheet.getUsedRange(true).load("address,values,numberFormat,format/font/name");
  const merges = features.mergedAreas ? range.getMergedAreasOrNullObject().load("address") : null;
  return () => {
    takeSheetIdentity(read);
    if (!startGrid(read, range.address, range.values)) return;
    placeBlock(read, read.rect as RangeRect, range);
    if (merges) read.merges = listMergedAreas(merges);
  };
}

/** A whole sheet too large for one response is measured, then read in row halves. */
async function splitReadPart(context: Excel.RequestContext, part: ReadPart, features: ExcelFeatures): Promise<ReadPart[] | null> {
  if (part.kind !== "whole") {
    const { rect } = part;
    if (rect.bottom === rect.top) return null;
    const middle = Math.floor((rect.top + rect.bottom) / 2);
    return [
      { ...part, rect: { ...rect, bottom: middle } },
      { ...part, rect: { ...rect, top: middle + 1 } },
    ];
  }
  const { read } = part;
  read.sheet.load("name,visibility");
  const range = read.sheet.getUsedRange(true).load("address,rowCount,columnCount");
  const merges = features.mergedAreas ? range.getMergedAreasOrNullObject().load("address") : null;
  await context.sync();
  takeSheetIdentity(read);
  const rect = parseRangeAddress(range.address);
  if (!rect) return null;
  startGrid(read, range.address, null);
  if (merges) read.merges = listMergedAreas(merges);
  return splitReadPart(context, { kind: "block", read, rect }, features);
}

function takeSheetIdentity(read: SheetRead): void {
  read.name = read.sheet.name;
  read.hidden = read.sheet.visibility !== "Visible";
}

/** Allocates the dense grid from row 1 and column A; false for a blank sheet (Excel answers A1). */
function startGrid(read: SheetRead, address: string, values: unknown[][] | null): boolean {
  const rect = parseRangeAddress(address);
  const blank = !rect || (rect.bottom === 0 && rect.right === 0 && values !== null && values[0]?.[0] === "");
  if (!rect || blank) {
    read.rect = null;
    return false;
  }
  read.rect = rect;
  read.rows = Array.from({ length: rect.bottom + 1 }, () => new Array<CellScalar>(rect.right + 1).fill(null));
  return true;
}

function placeBlock(read: SheetRead, rect: RangeRect, range: Excel.Range): void {
  const values = range.values;
  const formats = range.numberFormat;
  values.forEach((line, i) => {
    const row = read.rows[rect.top + i];
    if (!row) return;
    line.forEach((value: unknown, j) => {
      row[rect.left + j] = toCellScalar(value, formats[i]?.[j]);
    });
  });
  const font: string | null = range.format.font.name;
  if (read.uniformFont === undefined) read.uniformFont = font;
  else if (read.uniformFont !== font) read.uniformFont = null;
}

function placeFonts(read: SheetRead, rect: RangeRect, cells: Excel.CellProperties[][]): void {
  read.cellFonts ??= read.rows.map((row) => new Array<string | undefined>(row.length).fill(undefined));
  cells.forEach((line, i) => {
    const fonts = read.cellFonts?.[rect.top + i];
    if (!fonts) return;
    line.forEach((cell, j) => {
      fonts[rect.left + j] = cell.format?.font?.name;
    });
  });
}

function listMergedAreas(areas: Excel.RangeAreas): string[] {
  if (areas.isNullObject) return [];
  return splitAreasAddress(areas.address).map((area) => splitSheetFromAddress(area).local.replace(/\$/g, ""));
}

/** Excel gives "" for an empty cell and a serial for a date; the core wants null and Date. */
export function toCellScalar(value: unknown, numberFormat: unknown): CellScalar {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    return typeof numberFormat === "string" && isDateNumberFormat(numberFormat) ? convertSerialToDate(value) : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * Fonts are handed over only where they can change the reading: for every text cell of a sheet
 * in which some text cell uses a TCVN3 or VNI font (the core reads the text itself otherwise).
 */
function listTextFonts(read: SheetRead): (string | undefined)[][] | null {
  const fontAt = (r: number, c: number): string | undefined =>
    read.uniformFont ?? read.cellFonts?.[r]?.[c] ?? undefined;
  let legacy = false;
  const fonts = read.rows.map((row, r) =>
    row.map((value, c) => {
      if (typeof value !== "string") return undefined;
      const font = fontAt(r, c);
      if (detectEncodingFromFont(font)) legacy = true;
      return font;
    }),
  );
  return legacy ? fonts : null;
}

function toSheetValues(read: SheetRead): SheetValues {
  const values: SheetValues = { name: read.name, rows: read.rows };
  const fonts = listTextFonts(read);
  if (fonts) values.fonts = fonts;
  if (read.merges) values.merges = read.merges;
  if (read.hidden) values.hidden = true;
  return values;
}
