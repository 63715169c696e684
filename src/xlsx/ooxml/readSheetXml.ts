import type { CellScalar, SheetValues } from "../../core/model";
import { decodeOoxmlText } from "../sanitizeText";
import { isDateFormat, isDrawableSerial, serialToDate } from "./dateFormats";
import { decodeXmlEntities, forEachAttribute, isTrueAttribute, parseAttributes, scanXml } from "./scanXml";
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

const columnLetters = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A merge's reference as "A1:B2", top-left first, whichever corners the file names. */
const normalizeMerge = (ref: string): { text: string; top: number; left: number; bottom: number; right: number } | null => {
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
    case "s": {
      const text = v === null ? undefined : context.sharedStrings[Number(v)];
      return text ?? null;
    }
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
      if (style && isDateFormat(style.numberFormatId, style.numberFormat)) {
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
 * used range claiming 1,048,576 rows costs nothing.
 */
export const readSheetXml = (xml: string, name: string, hidden: boolean, context: SheetContext): SheetValues => {
  const rows: CellScalar[][] = [];
  const fonts: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  let anyFont = false;
  let rowNumber = 0;
  let colNumber = 0;
  let cell: CellBeingRead | null = null;
  /** Which text is being collected: a cell's <v>, an inline string's <t>, or nothing. */
  let collecting: "v" | "t" | null = null;
  let phonetic = 0;
  let inSheetData = false;

  const finishCell = (c: CellBeingRead): void => {
    const style = context.styles[c.style];
    const value = cellScalar(c, style, context);
    if (value === null && !c.hasContent) return;
    const values = (rows[c.row - 1] ??= []);
    values[c.col - 1] = value;
    const font = context.fontsMatter ? (style?.font ?? null) : null;
    if (font) {
      (fonts[c.row - 1] ??= [])[c.col - 1] = font;
      anyFont = true;
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
          colNumber = 0;
          if (isTrueAttribute(a.hidden)) hiddenRows.push(rowNumber);
          return;
        }
        case "c": {
          if (!inSheetData || selfClosing) {
            // An empty cell still takes its column, for the next cell without a reference.
            const ref = selfClosing ? parseAttributes(attributeText).r : undefined;
            colNumber = (ref !== undefined ? parseCellReference(ref)?.col : undefined) ?? colNumber + 1;
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
          if (merge) merges.push(merge.text);
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

  // Only the top-left cell of a merge holds what Excel shows; values left under the rest are not.
  const distinctMerges = [...new Set(merges)];
  for (const text of distinctMerges) {
    const m = normalizeMerge(text);
    if (!m) continue;
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const values = rows[r - 1];
      if (!values) continue;
      for (let c = m.left; c <= Math.min(m.right, values.length); c++) {
        if (r === m.top && c === m.left) continue;
        if (c - 1 in values) {
          delete values[c - 1];
          if (fonts[r - 1]) delete fonts[r - 1]?.[c - 1];
        }
      }
    }
  }

  let last = rows.length - 1;
  while (last >= 0 && (rows[last] ?? []).every(isBlankScalar)) last--;
  rows.length = last + 1;
  fonts.length = Math.min(fonts.length, last + 1);
  for (let i = 0; i < rows.length; i++) {
    const values = (rows[i] ??= []);
    // A merged cell's value removed at the end of a row shortens it, as if it had never been there.
    let end = values.length;
    while (end > 0 && !(end - 1 in values)) end--;
    values.length = end;
    for (let c = 0; c < values.length; c++) values[c] ??= null;
    fonts[i] ??= [];
  }
  const sheet: SheetValues = { name, rows, merges: distinctMerges };
  if (anyFont) sheet.fonts = fonts;
  if (hidden) sheet.hidden = true;
  const shownHidden = hiddenRows.filter((r) => r <= rows.length && !(rows[r - 1] ?? []).every(isBlankScalar));
  if (shownHidden.length > 0) sheet.hiddenRows = shownHidden;
  return sheet;
};
