import type { CellScalar, SheetValues } from "../model";

/** Letters already made, by 0-based index: writers of 100,000-row sheets ask for the same few. */
const knownLetters: string[] = [];

/** 0-based column index → Excel letters (0 → "A", 27 → "AB"). */
export const toColumnLetter = (index: number): string => {
  const known = knownLetters[index];
  if (known !== undefined) return known;
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  if (index < 16384) knownLetters[index] = out;
  return out;
};

/** Excel letters → 0-based column index ("A" → 0). */
export const fromColumnLetter = (letters: string): number =>
  letters.toUpperCase().split("").reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "G6:J6" → 0-based inclusive bounds; null for anything that is not a range. */
export const parseRangeRef = (ref: string): CellRange | null => {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = m;
  const a = { row: Number(r1) - 1, col: fromColumnLetter(c1) };
  const b = { row: Number(r2) - 1, col: fromColumnLetter(c2) };
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
};

/**
 * Copies each merged range's top-left value into its other cells, so a two-row header reads the
 * same whether the host repeated the value (exceljs) or left the cells blank (office-js).
 */
export const fillMergedCells = (rows: CellScalar[][], merges: readonly string[] | undefined): CellScalar[][] => {
  if (!merges || merges.length === 0) return rows;
  // Only the rows a merge covers are copied (then written); the others are shared with `rows`.
  const out = rows.slice();
  const copied = new Set<number>();
  // A merge reaching past the sheet's rows or widest row (a title merged over A1:XFD1, a stale
  // merge below the data) is cut there: it must not invent rows or thousands of empty columns.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const ref of merges) {
    const parsed = parseRangeRef(ref);
    if (!parsed || parsed.bottom - parsed.top > 1000 || parsed.top >= rows.length || parsed.left >= width) continue;
    const range = { ...parsed, bottom: Math.min(parsed.bottom, rows.length - 1), right: Math.min(parsed.right, width - 1) };
    const master = out[range.top]?.[range.left] ?? null;
    for (let r = range.top; r <= range.bottom; r++) {
      if (!copied.has(r)) {
        out[r] = out[r]?.slice() ?? [];
        copied.add(r);
      }
      const row = out[r] ?? [];
      for (let c = range.left; c <= range.right; c++) {
        if (row[c] === null || row[c] === undefined || row[c] === "") row[c] = master;
      }
    }
  }
  return out;
};

export const isBlank = (v: CellScalar | undefined): boolean => {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // A text beginning with a printable character that is no kind of space is not blank: no need to trim it.
  const first = v.charCodeAt(0);
  if (first > 0x20 && first < 0x1680 && first !== 0xa0 && first !== 0x85) return false;
  return v.trim() === "";
};

/** Text of a cell for matching and display; numbers as written, dates as dd/mm/yyyy. */
export const toCellText = (v: CellScalar | undefined): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (v instanceof Date) return formatDate(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
};

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A date as officers write it: dd/mm/yyyy (the date's UTC calendar day, as adapters give it). */
export const formatDate = (d: Date): string => `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

export const rowCount = (sheet: SheetValues): number => sheet.rows.length;
