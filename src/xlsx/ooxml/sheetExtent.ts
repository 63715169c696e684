import type { CellScalar } from "../../core/model";
import { toColumnLetter } from "../../core/read/grid";
import { ContentProblemError } from "./contentProblem";

/**
 * How far a sheet may reach, and what its cells cost once handed over. Excel's grid ends at
 * row 1,048,576 and column 16,384 (XFD): an address beyond is the file's fault. Within the grid a
 * file can still claim far more than it holds (one value at XFD on each of 200,000 rows, merges
 * over a million rows): the core works on dense rows, so what a sheet costs is counted before
 * its rows are made dense, and a workbook that would cost more than its budget is refused.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * Cells (and rows) a workbook may hand the core: 10 million is ~80 MB for each dense copy the
 * core makes of the rows. A real list stays far below: the 100 MB cap on the unzipped parts
 * (DEFAULT_ZIP_LIMITS) holds at most ~6 million cells, each of which costs one here.
 */
export const WORKBOOK_CELL_BUDGET = 10_000_000;

/**
 * What a row costs beside its cells: an array of its own, walked by every pass of the core (a
 * 12 KB workbook of nine sheets, each with one value in row 1,048,576, took 570 MB counting a
 * row as one cell).
 */
const ROW_COST = 8;

/** What is left of the workbook's budget, spent sheet by sheet. */
export interface CellBudget {
  remaining: number;
}

/** "AB" for column 28 (1-based). */
export const columnLetters = (col: number): string => toColumnLetter(col - 1);

export interface MergeRange {
  /** "A1:B2", top-left first, whichever corners the file names. */
  text: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet as parsed: rows by Excel row (index 0 = row 1), sparse until `settleSheet`. */
export interface ParsedSheet {
  name: string;
  rows: CellScalar[][];
  fonts: (string | null)[][];
  anyFont: boolean;
  /** Indexes of the rows holding an array, in the order they were made. */
  presentRows: number[];
  merges: MergeRange[];
  /** The cell reaching furthest right, and the lowest one (1-based), for the sentence that refuses the sheet. */
  widest: { col: number; row: number };
  lowest: { col: number; row: number };
}

const isBlankScalar = (v: CellScalar | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * What handing the sheet over costs: each row up to the last, a slot per column up to each
 * row's last cell, and per merge its height (the core walks a merge's rows) plus its area within
 * the rows and columns that exist (the core fills it). Refuses the sheet, naming what reaches
 * furthest, when the workbook's budget cannot pay.
 */
const spendBudget = (sheet: ParsedSheet, budget: CellBudget): void => {
  const rowCount = sheet.rows.length * ROW_COST;
  let rowCells = 0;
  for (const i of sheet.presentRows) rowCells += sheet.rows[i]?.length ?? 0;
  let mergeCells = 0;
  let biggest: MergeRange | null = null;
  let biggestCost = -1;
  for (const m of sheet.merges) {
    const inside = m.top <= sheet.rows.length && m.left <= sheet.widest.col ? (Math.min(m.bottom, sheet.rows.length) - m.top + 1) * (Math.min(m.right, sheet.widest.col) - m.left + 1) : 0;
    const cost = m.bottom - m.top + 1 + inside;
    mergeCells += cost;
    if (cost > biggestCost) {
      biggest = m;
      biggestCost = cost;
    }
  }
  const total = rowCount + rowCells + mergeCells;
  if (total <= budget.remaining) {
    budget.remaining -= total;
    return;
  }
  const far = rowCells >= rowCount ? sheet.widest : sheet.lowest;
  const cell = biggest && mergeCells >= rowCells && mergeCells >= rowCount ? biggest.text : `${columnLetters(far.col)}${far.row}`;
  throw new ContentProblemError({ code: "xlsx/sheet-too-spread", sheet: sheet.name, cell });
};

/**
 * Only the top-left cell of a merge holds what Excel shows; values left under the rest are not.
 * Walks each merge within the rows that exist: paid for by `spendBudget`.
 */
const clearUnderMerges = (sheet: ParsedSheet): void => {
  const { rows, fonts } = sheet;
  for (const m of sheet.merges) {
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
};

/**
 * The sheet's rows as the core takes them: dense (rows[0] = Excel row 1, null in empty cells),
 * blank rows at the end left out, each row ending at its last cell; fonts likewise when any
 * cell has one. Throws ContentProblemError when the budget cannot pay for them.
 */
export const settleSheet = (sheet: ParsedSheet, budget: CellBudget): { rows: CellScalar[][]; fonts: (string | null)[][] | null } => {
  spendBudget(sheet, budget);
  clearUnderMerges(sheet);
  const sparse = sheet.rows;
  let last = sparse.length - 1;
  while (last >= 0 && (sparse[last] ?? []).every(isBlankScalar)) last--;
  // New outer arrays: the sparse ones may be dictionaries, slow to walk for the core.
  const rows: CellScalar[][] = new Array<CellScalar[]>(last + 1);
  const fonts: (string | null)[][] | null = sheet.anyFont ? new Array<(string | null)[]>(last + 1) : null;
  for (let i = 0; i <= last; i++) {
    const values = sparse[i] ?? [];
    // A merged cell's value removed at the end of a row shortens it, as if it had never been there.
    let end = values.length;
    while (end > 0 && !(end - 1 in values)) end--;
    values.length = end;
    for (let c = 0; c < end; c++) values[c] ??= null;
    rows[i] = values;
    if (fonts) fonts[i] = sheet.fonts[i] ?? [];
  }
  return { rows, fonts };
};
