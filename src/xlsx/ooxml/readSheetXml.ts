import type { CellScalar, SheetValues } from "../../core/model";
import { decodeOoxmlText } from "../sanitizeText";
import { ContentProblemError } from "./contentProblem";
import { isDrawableSerial, serialToDate } from "./dateFormats";
import { decodeXmlEntities, forEachAttribute, isTrueAttribute, parseAttributes, scanXml } from "./scanXml";
import { columnLetters, MAX_COLUMNS, MAX_ROWS, settleSheet, type CellBudget, type MergeRange, type ParsedSheet } from "./sheetExtent";
import type { CellStyle } from "./workbookParts";

/** What the rest of the workbook gives a sheet to read its cells. */
export interface SheetContext {
  /**
   * Whether any cell style names a legacy font (.VnTime, VNI-Times). Without one, the sheets'
   * font names decide nothing (src/core/read/decodeSheet.ts reads them only to find legacy text)
   * and are not collected.
   */
  fontsMatter: boolean;
  /** Already as the user sees them (`_xHHHH_` escapes decoded, characters XML cannot hold dropped). */
  sharedStrings: readonly string[];
  styles: readonly CellStyle[];
  date1904: boolean;
  /** What the workbook may still hand over (sheetExtent.ts), spent by each sheet read. */
  budget: CellBudget;
}

/** What Excel shows for a date it cannot draw (a serial past year 9999 or before 0). */
export const UNDRAWABLE_DATE = "########";

const isBlankScalar = (v: CellScalar | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** "AB12" → column 28 (1-based) and row 12; `null` for anything else. */
export const parseCellReference = (ref: string): { col: number; row: number } | null => {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36 && i === 0) continue;
    else break;
  }
  if (ref.charCodeAt(i) === 36) i++;
  const row = Number(ref.slice(i));
  return col > 0 && Number.isInteger(row) && row > 0 ? { col, row } : null;
};

/** A merge's range, top-left first, whichever corners the file names; `null` for anything else. */
const normalizeMerge = (ref: string): MergeRange | null => {
  const [a, b = a] = ref.split(":");
  const p = a ? parseCellReference(a) : null;
  const q = b ? parseCellReference(b) : null;
  if (!p || !q) return null;
  const top = Math.min(p.row, q.row);
  const bottom = Math.max(p.row, q.row);
  const left = Math.min(p.col, q.col);
  const right = Math.max(p.col, q.col);
  return { text: `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`, top, left, bottom, right };
};

const isInsideGrid = (col: number, row: number): boolean => col <= MAX_COLUMNS && row <= MAX_ROWS;

interface CellBeingRead {
  col: number;
  row: number;
  style: number;
  type: string;
  value: string | null;
  inline: string[] | null;
  /** A value, formula or inline string element was seen: the cell takes its place in the row even if it reads as empty. */
  hasContent: boolean;
}

/** A cell's stored value as a scalar: its cached result for a formula, a Date under a date format. */
const cellScalar = (cell: CellBeingRead, style: CellStyle | undefined, context: SheetContext): CellScalar => {
  const v = cell.value;
  switch (cell.type) {
    // The index was checked by finishCell.
    case "s":
      return v === null || v.trim() === "" ? null : (context.sharedStrings[Number(v)] ?? null);
    case "inlineStr":
      return cell.inline ? decodeOoxmlText(cell.inline.join("")) : v === null ? null : decodeOoxmlText(v);
    case "str":
      return v === null ? null : decodeOoxmlText(v);
    case "b":
      return v === null ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === null ? null : v.trim();
    case "d": {
      if (v === null) return null;
      const date = new Date(v.trim());
      return Number.isNaN(date.getTime()) ? UNDRAWABLE_DATE : date;
    }
    default: {
      if (v === null || v.trim() === "") return null;
      const n = Number(v);
      if (style?.isDate) {
        // "NaN" (which exceljs writes for an invalid Date) is no more drawable than 1e9.
        return Number.isFinite(n) && isDrawableSerial(n, context.date1904) ? serialToDate(n, context.date1904) : UNDRAWABLE_DATE;
      }
      return Number.isFinite(n) ? n : null;
    }
  }
};

/**
 * Reads one worksheet part into the values the core works on: dense rows (rows[0] = Excel row 1),
 * the font of each cell that holds a value, merges (only the top-left cell of a merge keeps its
 * value, as Excel shows it) and the rows hidden in Excel. Blank rows at the end are left out, so a
 * used range claiming 1,048,576 rows costs nothing. Rows stay sparse while the part is read, and
 * what they would cost once dense is paid from the workbook's budget before they are made so.
 * Throws ContentProblemError for an address beyond Excel's grid, a cell written twice, a shared
 * string that is not there, or a sheet reaching further than the budget allows.
 */
export const readSheetXml = (xml: string, name: string, hidden: boolean, context: SheetContext): SheetValues => {
  const parsed: ParsedSheet = { name, rows: [], fonts: [], anyFont: false, presentRows: [], merges: [], widest: { col: 0, row: 0 }, lowest: { col: 0, row: 0 } };
  const { rows, fonts } = parsed;
  const hiddenRows: number[] = [];
  const mergeTexts = new Set<string>();
  let rowNumber = 0;
  let colNumber = 0;
  let cell: CellBeingRead | null = null;
  /** Which text is being collected: a cell's <v>, an inline string's <t>, or nothing. */
  let collecting: "v" | "t" | null = null;
  let phonetic = 0;
  let inSheetData = false;

  const refuse = (code: "xlsx/cell-out-of-range" | "xlsx/duplicate-cell" | "xlsx/missing-shared-string", col: number, row: number, actual?: string): never => {
    throw new ContentProblemError({ code, sheet: name, cell: `${columnLetters(col)}${row}`, ...(actual !== undefined ? { actual } : {}) });
  };

  const finishCell = (c: CellBeingRead): void => {
    if (c.type === "s" && c.value !== null && c.value.trim() !== "") {
      const index = Number(c.value);
      if (!(Number.isInteger(index) && index >= 0 && index < context.sharedStrings.length)) refuse("xlsx/missing-shared-string", c.col, c.row, c.value.trim());
    }
    const style = context.styles[c.style];
    const value = cellScalar(c, style, context);
    if (value === null && !c.hasContent) return;
    let values = rows[c.row - 1];
    if (values === undefined) {
      values = rows[c.row - 1] = [];
      parsed.presentRows.push(c.row - 1);
      if (c.row > parsed.lowest.row) parsed.lowest = { col: c.col, row: c.row };
    } else if (c.col <= values.length && c.col - 1 in values) refuse("xlsx/duplicate-cell", c.col, c.row);
    values[c.col - 1] = value;
    if (c.col > parsed.widest.col) parsed.widest = { col: c.col, row: c.row };
    const font = context.fontsMatter ? (style?.font ?? null) : null;
    if (font) {
      (fonts[c.row - 1] ??= [])[c.col - 1] = font;
      parsed.anyFont = true;
    }
  };

  const appendText = (text: string): void => {
    if (!cell || collecting === null) return;
    if (collecting === "v") cell.value = (cell.value ?? "") + text;
    else (cell.inline ??= []).push(text);
  };

  scanXml(xml, {
    open: (tag, attributeText, selfClosing) => {
      switch (tag) {
        case "sheetData":
          inSheetData = !selfClosing;
          return;
        case "row": {
          if (!inSheetData) return;
          const a = parseAttributes(attributeText);
          const r = Number(a.r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          if (rowNumber > MAX_ROWS) throw new ContentProblemError({ code: "xlsx/cell-out-of-range", sheet: name, row: rowNumber });
          colNumber = 0;
          if (isTrueAttribute(a.hidden)) hiddenRows.push(rowNumber);
          return;
        }
        case "c": {
          if (!inSheetData || selfClosing) {
            // An empty cell still takes its column, for the next cell without a reference.
            const ref = selfClosing ? parseAttributes(attributeText).r : undefined;
            const position = ref !== undefined ? parseCellReference(ref) : null;
            if (position && !isInsideGrid(position.col, position.row)) refuse("xlsx/cell-out-of-range", position.col, position.row);
            colNumber = position?.col ?? colNumber + 1;
            return;
          }
          let ref: string | undefined;
          let s = 0;
          let type = "n";
          forEachAttribute(attributeText, (key, raw) => {
            if (key === "r") ref = raw;
            else if (key === "s") s = Number(raw);
            else if (key === "t") type = raw;
          });
          const position = (ref !== undefined ? parseCellReference(ref) : null) ?? { col: colNumber + 1, row: Math.max(rowNumber, 1) };
          if (!isInsideGrid(position.col, position.row)) refuse("xlsx/cell-out-of-range", position.col, position.row);
          colNumber = position.col;
          cell = { col: position.col, row: position.row, style: Number.isInteger(s) && s >= 0 ? s : 0, type, value: null, inline: null, hasContent: false };
          return;
        }
        case "v":
        case "f":
        case "is":
          if (!cell) return;
          cell.hasContent = true;
          if (tag === "v" && !selfClosing) collecting = "v";
          return;
        case "rPh":
          if (!selfClosing) phonetic++;
          return;
        case "t":
          if (cell && cell.type === "inlineStr" && !selfClosing && phonetic === 0) collecting = "t";
          return;
        case "mergeCell": {
          const ref = parseAttributes(attributeText).ref;
          const merge = ref !== undefined ? normalizeMerge(ref) : null;
          if (!merge || mergeTexts.has(merge.text)) return;
          if (!isInsideGrid(merge.right, merge.bottom)) throw new ContentProblemError({ code: "xlsx/cell-out-of-range", sheet: name, cell: ref ?? merge.text });
          mergeTexts.add(merge.text);
          parsed.merges.push(merge);
          return;
        }
        default:
          return;
      }
    },
    close: (tag) => {
      if (tag === "v" || tag === "t") collecting = null;
      else if (tag === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (tag === "c" && cell) {
        finishCell(cell);
        cell = null;
      } else if (tag === "sheetData") inSheetData = false;
    },
    text: (start, end) => {
      if (collecting !== null) appendText(decodeXmlEntities(xml.slice(start, end)));
    },
    cdata: appendText,
  });

  const settled = settleSheet(parsed, context.budget);
  const sheet: SheetValues = { name, rows: settled.rows, merges: parsed.merges.map((m) => m.text) };
  if (settled.fonts) sheet.fonts = settled.fonts;
  if (hidden) sheet.hidden = true;
  const shownHidden = hiddenRows.filter((r) => r <= settled.rows.length && !(settled.rows[r - 1] ?? []).every(isBlankScalar));
  if (shownHidden.length > 0) sheet.hiddenRows = shownHidden;
  return sheet;
};
