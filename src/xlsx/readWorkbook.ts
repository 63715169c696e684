import ExcelJS from "exceljs";
import type { CellScalar, SheetValues, WorkbookValues } from "../core/model";
import { FileProblemError } from "../core/files/fileProblems";
import { exceljsCanRead } from "./exceljsCanRead";
import { inspectSpreadsheetBytes } from "./inspectFileBytes";
import type { ZipEntryInfo } from "./inspectZip";
import { ContentProblemError } from "./ooxml/contentProblem";
import { UNDRAWABLE_DATE } from "./ooxml/readSheetXml";
import { readOwnSheets } from "./ooxml/readOwnSheets";
import { readXlsxSheetValues } from "./ooxml/readXlsxValues";
import type { InflateRaw } from "./ooxml/zipParts";
import { readCsvBytes } from "./readCsv";
import { decodeOoxmlText } from "./sanitizeText";

type ExcelValue = ExcelJS.CellValue;

/**
 * An exceljs cell value as a plain scalar: formulas give their cached result (an error such as
 * #N/A as its text), rich text and hyperlinks their text. Dates come from exceljs already in the
 * workbook's date system (1900 or 1904).
 */
export const toCellScalar = (value: ExcelValue): CellScalar => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return decodeOoxmlText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNDRAWABLE_DATE : value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return decodeOoxmlText(value.richText.map((p) => p.text ?? "").join(""));
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String((result as { error: unknown }).error);
      return toCellScalar(result as ExcelValue);
    }
    if ("hyperlink" in value) return toCellScalar((value as { text?: ExcelValue }).text ?? null);
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return null;
};

const isBlankScalar = (v: CellScalar | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Reads one worksheet into dense rows (rows[0] = Excel row 1), font names, merges and the rows
 * hidden in Excel. Only rows exceljs holds values for are visited, and blank rows at the end are
 * left out: a used range claiming 1,048,576 rows, or a lone space far below the list, costs
 * nothing.
 */
export const readWorksheetValues = (ws: ExcelJS.Worksheet): SheetValues => {
  const rows: CellScalar[][] = [];
  const fonts: (string | null)[][] = [];
  const hidden: number[] = [];
  let anyFont = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellScalar[] = [];
    const rowFonts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      values[c - 1] = toCellScalar(cell.value);
      const font = cell.font?.name ?? null;
      if (font) {
        rowFonts[c - 1] = font;
        anyFont = true;
      }
    });
    for (let i = 0; i < values.length; i++) values[i] ??= null;
    rows[r - 1] = values;
    fonts[r - 1] = rowFonts;
    if (row.hidden) hidden.push(r);
  });
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] ?? []).every(isBlankScalar)) last--;
  rows.length = last + 1;
  fonts.length = Math.min(fonts.length, last + 1);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const sheet: SheetValues = { name: ws.name, rows, merges: [...merges] };
  if (anyFont) sheet.fonts = fonts;
  if (ws.state && ws.state !== "visible") sheet.hidden = true;
  const hiddenRows = hidden.filter((r) => r <= rows.length && !(rows[r - 1] ?? []).every(isBlankScalar));
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
};

/**
 * Reads a whole .xlsx (as bytes) into plain values; `file` is the name the user knows. The zip is
 * checked against the size limits first; a file that is not an .xlsx, or that exceljs cannot
 * open, throws a FileProblemError saying why and what to do.
 */
export const readWorkbookBytes = async (bytes: ArrayBuffer | Uint8Array, file: string): Promise<WorkbookValues> => {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const inspected = await inspectSpreadsheetBytes(data, file);
  if (inspected.kind !== "xlsx") throw new FileProblemError({ code: "format/text", file });
  return readCheckedXlsx(data, file, inspected.entries);
};

/**
 * Any spreadsheet a unit may send that can be read: an .xlsx, or a CSV in Unicode. The command
 * line passes Node's zlib as `inflateRaw`.
 */
export const readSpreadsheetBytes = async (bytes: Uint8Array, file: string, inflateRaw?: InflateRaw): Promise<WorkbookValues> => {
  const inspected = await inspectSpreadsheetBytes(bytes, file);
  return inspected.kind === "csv" ? readCsvBytes(bytes, file) : readCheckedXlsx(bytes, file, inspected.entries, inflateRaw);
};

/**
 * Our own reader of the sheets' XML first (several times faster than building exceljs's model of
 * the whole workbook, which consolidating the country's files spends most of its reading on);
 * exceljs as the second opinion when it cannot parse a part, so that a file Excel opens is never
 * refused because of our reader alone — unless exceljs itself would run out of time or memory on
 * it. What our reader refuses on purpose (ContentProblemError) is said as it is.
 */
const readCheckedXlsx = async (bytes: Uint8Array, file: string, entries: readonly ZipEntryInfo[], inflateRaw?: InflateRaw): Promise<WorkbookValues> => {
  let sheets: SheetValues[];
  try {
    sheets = readXlsxSheetValues(bytes, inflateRaw, entries);
  } catch (e) {
    if (e instanceof ContentProblemError) throw new FileProblemError({ ...e.problem, file });
    if (!exceljsCanRead(bytes, entries, inflateRaw)) throw new FileProblemError({ code: "xlsx/corrupt", file });
    sheets = await readSheetsWithExceljs(bytes, file);
  }
  if (sheets.length === 0) throw new FileProblemError({ code: "xlsx/no-sheets", file });
  // The sheets this product wrote (a consolidation given back as input) are told by their marks.
  const ownSheets = readOwnSheets(bytes, inflateRaw, entries);
  return ownSheets.length > 0 ? { file, sheets, ownSheets } : { file, sheets };
};

/** The sheets as exceljs's whole-workbook load reads them; a file it cannot open is damaged (xlsx/corrupt). */
export const readSheetsWithExceljs = async (bytes: Uint8Array, file: string): Promise<SheetValues[]> => {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileProblemError({ code: "xlsx/corrupt", file });
  }
  const sheets: SheetValues[] = [];
  try {
    wb.eachSheet((ws) => sheets.push(readWorksheetValues(ws)));
  } catch {
    throw new FileProblemError({ code: "xlsx/corrupt", file });
  }
  return sheets;
};
