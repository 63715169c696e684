import type { CellScalar } from "../model";
import type { Plan } from "../plan/schema";
import type { ColumnMap, UnmappedColumn } from "../check/report";
import { readColumnMeaning, type ColumnMeaning } from "./mapColumns";
import { isBlank, toCellText, toColumnLetter } from "./grid";

export interface HeaderLayout {
  /** 0-based index of the (first) header row. */
  headerRow: number;
  /** 0-based index of the last header row: headerRow + 1 for a two-row header. */
  headerRowEnd: number;
  /** 0-based index of the first row that may hold data (after a row of column numbers). */
  firstDataRow: number;
  columns: ColumnMap;
  /** 0-based column index → what it holds, for reading rows. */
  meanings: Map<number, ColumnMeaning>;
  unmapped: UnmappedColumn[];
}

const MAX_HEADER_SEARCH_ROWS = 40;
const COLUMN_NUMBER = /^\(?\s*(\d{1,2}|[a-z])\s*\)?(\s*=.*)?$/i;

const widthOf = (rows: CellScalar[][], from: number, to: number): number => {
  let w = 0;
  for (let r = from; r <= to && r < rows.length; r++) w = Math.max(w, rows[r]?.length ?? 0);
  return w;
};

/** A row like "(1) (2) (3) …" or "1 2 3 …" under the header: numbers the columns, holds no data. */
export const isColumnNumberRow = (row: readonly CellScalar[] | undefined): boolean => {
  if (!row) return false;
  const filled = row.filter((v) => !isBlank(v));
  if (filled.length < 2) return false;
  const numbered = filled.filter((v) => COLUMN_NUMBER.test(toCellText(v).trim()));
  return numbered.length / filled.length >= 0.8;
};

interface Reading {
  meanings: Map<number, ColumnMeaning>;
  score: number;
  hasName: boolean;
}

const readHeaderRows = (rows: CellScalar[][], r: number, twoRow: boolean, plan: Plan): Reading => {
  const meanings = new Map<number, ColumnMeaning>();
  const seen = new Set<string>();
  const width = widthOf(rows, r, twoRow ? r + 1 : r);
  for (let c = 0; c < width; c++) {
    const parent = toCellText(rows[r]?.[c] ?? null);
    let child = twoRow ? toCellText(rows[r + 1]?.[c] ?? null) : "";
    if (child === parent) child = "";
    if (parent === "" && child === "") continue;
    const meaning = readColumnMeaning(parent, child, plan);
    if (!meaning) continue;
    const key = meaning.type === "field" ? `f:${meaning.field}` : meaning.type === "criterion" ? `c:${meaning.id}` : `m:${meaning.id}:${meaning.year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    meanings.set(c, meaning);
  }
  const hasName = [...meanings.values()].some((m) => m.type === "field" && m.field === "name");
  return { meanings, score: meanings.size, hasName };
};

/**
 * Finds the header row below any title rows: the row (or pair of rows, for a merged two-row
 * header) whose cells name the most known columns, one of them the name column.
 */
export const findHeader = (rows: CellScalar[][], plan: Plan): HeaderLayout | null => {
  let best: { r: number; twoRow: boolean; reading: Reading } | null = null;
  const limit = Math.min(rows.length, MAX_HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const filled = (rows[r] ?? []).filter((v) => !isBlank(v)).length;
    if (filled < 2) continue;
    const single = readHeaderRows(rows, r, false, plan);
    const canPair = r + 1 < rows.length && !isColumnNumberRow(rows[r + 1]);
    const pair = canPair ? readHeaderRows(rows, r, true, plan) : null;
    const reading = pair && pair.hasName && pair.score > single.score ? pair : single;
    const twoRow = reading === pair;
    if (!reading.hasName || reading.score < 2) continue;
    if (!best || reading.score > best.reading.score) best = { r, twoRow, reading };
  }
  if (!best) return null;
  const headerRowEnd = best.twoRow ? best.r + 1 : best.r;
  const firstDataRow = isColumnNumberRow(rows[headerRowEnd + 1]) ? headerRowEnd + 2 : headerRowEnd + 1;
  const columns: ColumnMap = { fields: {}, criteria: {}, metrics: {} };
  for (const [c, m] of best.reading.meanings) {
    const letter = toColumnLetter(c);
    if (m.type === "field") columns.fields[m.field] = letter;
    else if (m.type === "criterion") columns.criteria[m.id] = letter;
    else (columns.metrics[m.id] ??= {})[m.year] = letter;
  }
  const unmapped: UnmappedColumn[] = [];
  const width = widthOf(rows, best.r, headerRowEnd);
  for (let c = 0; c < width; c++) {
    if (best.reading.meanings.has(c)) continue;
    const parent = toCellText(rows[best.r]?.[c] ?? null);
    const child = best.twoRow ? toCellText(rows[headerRowEnd]?.[c] ?? null) : "";
    const header = child && child !== parent ? (parent ? `${parent} / ${child}` : child) : parent;
    if (header !== "") unmapped.push({ column: toColumnLetter(c), header });
  }
  return { headerRow: best.r, headerRowEnd, firstDataRow, columns, meanings: best.reading.meanings, unmapped };
};
