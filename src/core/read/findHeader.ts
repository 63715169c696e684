import type { CellScalar, NominationField } from "../model";
import type { Plan } from "../plan/schema";
import type { ColumnMap, UnmappedColumn } from "../check/report";
import { readColumnMeaning, type ColumnMeaning } from "./mapColumns";
import { isBlank, toCellText, toColumnLetter } from "./grid";
import { applyDateParts, type DateParts } from "./dateParts";
import { listDistinctTexts, readGroupLabel } from "./listRows";
import { isSignatureRow } from "./signatureBlock";

export interface HeaderLayout {
  /** 0-based index of the (first) header row. */
  headerRow: number;
  /** 0-based index of the last header row: headerRow + 1 for a two-row header, + 2 for three rows. */
  headerRowEnd: number;
  /** 0-based index of the first row that may hold data (after a row of column numbers). */
  firstDataRow: number;
  columns: ColumnMap;
  /** 0-based column index → what it holds, for reading rows. */
  meanings: Map<number, ColumnMeaning>;
  /**
   * Fields split over sub-columns of one merged header ("Năm sinh" over "Nam" | "Nữ", "Họ và tên"
   * over "Họ đệm" | "Tên"): every 0-based column, left to right, read together.
   */
  splitFields: Partial<Record<NominationField, number[]>>;
  /** The registration date split over "Ngày | Tháng | Năm" (its columns also in `splitFields.date`). */
  dateParts?: DateParts;
  unmapped: UnmappedColumn[];
}

const MAX_HEADER_SEARCH_ROWS = 40;
const MAX_HEADER_DEPTH = 3;
const COLUMN_NUMBER = /^\(?\s*(\d{1,2}|[a-z])\s*\)?(\s*[=+*-].*)?$/i;

const widthOf = (rows: CellScalar[][], from: number, to: number): number => {
  let w = 0;
  for (let r = from; r <= to && r < rows.length; r++) w = Math.max(w, rows[r]?.length ?? 0);
  return w;
};

const toColumnNumber = (v: CellScalar): number | null => {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 && v < 100 ? v : null;
  const m = COLUMN_NUMBER.exec(toCellText(v).trim());
  if (!m?.[1]) return null;
  return /\d/.test(m[1]) ? Number(m[1]) : m[1].toLowerCase().charCodeAt(0) - 96;
};

/**
 * A row like "(1) (2) (3) …", "1 2 3 …" or "A B C …" under the header: numbers the columns, holds
 * no data. The numbers rise from left to right, or — where columns were moved after numbering —
 * are all different numbers; a data row of marks ("x x x") is neither.
 */
export const isColumnNumberRow = (row: readonly CellScalar[] | undefined): boolean => {
  if (!row) return false;
  // Asked of every data row, which gives itself away after a cell or two. More than a fifth of the
  // row's cells that are not column numbers rule it out whatever the count of filled cells (never
  // more than the row's length), so that count waits until the row has passed.
  let filledCount = 0;
  let unknownSeen = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    filledCount++;
    if (toColumnNumber(v ?? null) === null && ++unknownSeen > 0.2 * row.length) return false;
  }
  if (filledCount < 2) return false;
  let unknown = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (!isBlank(v) && toColumnNumber(v ?? null) === null && (filledCount - ++unknown) / filledCount < 0.8) return false;
  }
  const known: number[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const n = isBlank(v) ? null : toColumnNumber(v ?? null);
    if (n !== null) known.push(n);
  }
  const filled = row.filter((v) => !isBlank(v));
  let rising = 0;
  for (let i = 1; i < known.length; i++) if ((known[i] ?? 0) > (known[i - 1] ?? 0)) rising++;
  if (rising / (known.length - 1) >= 0.75) return true;
  const distinct = new Set(known).size === known.length;
  const digits = filled.filter((v) => /^\(?\s*\d/.test(toCellText(v).trim())).length;
  return distinct && known.length >= 3 && digits === known.length;
};

/**
 * Whether a row can be the lower part of a header: text only (years like 2023 allowed, since
 * sub-headers name years), no group row or signature row, and nothing in the order column, where a
 * data row has its number.
 */
const canContinueHeader = (row: readonly CellScalar[] | undefined, above: readonly CellScalar[] | undefined, orderColumn: number | null): boolean => {
  if (!row || row.every(isBlank) || isColumnNumberRow(row)) return false;
  // "I. PHÒNG KINH TẾ - HẠ TẦNG", "A. TẬP THỂ" right under the header opens the first group: no sub-header is numbered so.
  const group = readGroupLabel(listDistinctTexts(row));
  if (group?.form === "group" && group.style !== "none") return false;
  // "TM. ỦY BAN NHÂN DÂN" over "(Ký, ghi rõ họ tên)" is a signature block, whatever its words map to.
  if (isSignatureRow(row)) return false;
  for (const v of row) {
    if (v instanceof Date || typeof v === "boolean") return false;
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) return false;
  }
  if (orderColumn === null) return true;
  const cell = row[orderColumn];
  return isBlank(cell) || toCellText(cell ?? null) === toCellText(above?.[orderColumn] ?? null);
};

interface Reading {
  depth: number;
  meanings: Map<number, ColumnMeaning>;
  splitFields: Partial<Record<NominationField, number[]>>;
  dateParts: DateParts | null;
  score: number;
  hasName: boolean;
}

const meaningKey = (m: ColumnMeaning): string => (m.type === "field" ? `f:${m.field}` : m.type === "criterion" ? `c:${m.id}` : `m:${m.id}:${m.year}`);

/** The texts of one column over the header rows, top to bottom, merged repeats dropped. */
const stackTexts = (rows: CellScalar[][], r: number, depth: number, c: number): string[] => {
  const texts: string[] = [];
  for (let k = 0; k < depth; k++) {
    const t = toCellText(rows[r + k]?.[c] ?? null).trim();
    if (t !== "" && t !== texts[texts.length - 1]) texts.push(t);
  }
  return texts;
};

/** Fields only a nomination list has: a registry or a summary names units but never these. */
const NOMINATION_ONLY_FIELDS = new Set(["achievements", "movement", "field", "date", "level"]);

/**
 * A list of collectives may head its name column "Tên đơn vị" or "Đơn vị": with no other name
 * column, and beside columns only a nomination list has, that column holds the nominees.
 */
const useUnitColumnAsName = (meanings: Map<number, ColumnMeaning>): void => {
  const all = [...meanings.entries()];
  if (all.some(([, m]) => m.type === "field" && m.field === "name")) return;
  const unit = all.find(([, m]) => m.type === "field" && m.field === "unit");
  const nominationOnly = all.some(([, m]) => m.type === "criterion" || m.type === "metric" || (m.type === "field" && NOMINATION_ONLY_FIELDS.has(m.field)));
  if (unit && nominationOnly) meanings.set(unit[0], { type: "field", field: "name" });
};

const sameTexts = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t, k) => t === b[k]);

const readHeaderRows = (rows: CellScalar[][], r: number, depth: number, plan: Plan): Reading => {
  const meanings = new Map<number, ColumnMeaning>();
  const firstColumnOf = new Map<string, number>();
  const splitFields: Partial<Record<NominationField, number[]>> = {};
  const width = widthOf(rows, r, r + depth - 1);
  const stacks: string[][] = [];
  for (let c = 0; c < width; c++) {
    const texts = stackTexts(rows, r, depth, c);
    stacks.push(texts);
    if (texts.length === 0) continue;
    const meaning = readColumnMeaning(texts, plan);
    if (!meaning) continue;
    const key = meaningKey(meaning);
    const first = firstColumnOf.get(key);
    // Every column of a criterion is kept, whole or part, under a header naming it or not: all must
    // be marked. Only a repeat of the same texts (a header merged across columns) is one column.
    if (meaning.type === "criterion") {
      if (first !== undefined && sameTexts(stackTexts(rows, r, depth, first), texts)) continue;
      if (first === undefined) firstColumnOf.set(key, c);
      meanings.set(c, meaning);
      continue;
    }
    if (first === undefined) {
      firstColumnOf.set(key, c);
      meanings.set(c, meaning);
      continue;
    }
    // A second column of the same field is kept only as a sub-column of the same merged header.
    const firstTexts = stackTexts(rows, r, depth, first);
    if (meaning.type === "field" && texts.length > 1 && firstTexts.length > 1 && firstTexts[0] === texts[0]) {
      (splitFields[meaning.field] ??= [first]).push(c);
    }
  }
  const { dateParts, unparented } = applyDateParts(stacks, meanings, splitFields, plan);
  useUnitColumnAsName(meanings);
  const hasName = [...meanings.values()].some((m) => m.type === "field" && m.field === "name");
  const splitCount = Object.values(splitFields).reduce((n, cols) => n + cols.length - 1, 0) - 2 * unparented;
  return { depth, meanings, splitFields, dateParts, score: meanings.size + splitCount / 2, hasName };
};

const orderColumnOf = (reading: Reading): number | null => {
  for (const [c, m] of reading.meanings) if (m.type === "field" && m.field === "order") return c;
  return null;
};

const nameColumnOf = (reading: Reading): number | null => {
  for (const [c, m] of reading.meanings) if (m.type === "field" && m.field === "name") return c;
  return null;
};

/**
 * Every row of a sheet's first 40 is tried as a header, and trying one costs as much as reading
 * a few hundred rows: the search ends at the third nomination under the best header so far. A
 * second table further down (a summary under the list) is never the list.
 */
const ENTRIES_ENDING_SEARCH = 3;

/** A row numbered in the order column ("1", "2", "(3)") with text in the name column: a nomination. */
const isNumberedEntry = (row: readonly CellScalar[], orderColumn: number | null, nameColumn: number | null): boolean => {
  if (orderColumn === null || nameColumn === null) return false;
  const order = row[orderColumn];
  const number = typeof order === "number" ? order : Number(/^\(?\s*(\d{1,5})\s*\)?\.?$/.exec(toCellText(order ?? null).trim())?.[1] ?? Number.NaN);
  if (!(Number.isInteger(number) && number > 0)) return false;
  const name = row[nameColumn];
  return typeof name === "string" && name.trim() !== "";
};

/** The best reading of a header that starts at row r: one row, or two or three when the rows below sub-divide it. */
const readHeaderAt = (rows: CellScalar[][], r: number, plan: Plan): Reading => {
  let best = readHeaderRows(rows, r, 1, plan);
  // A title merged across the table right above the header ("DANH SÁCH … NĂM 2024") is one text
  // over every column: it is not the upper row of a merged header, whose row names several things.
  const topTexts = new Set((rows[r] ?? []).filter((v) => !isBlank(v)).map((v) => toCellText(v)));
  if (topTexts.size <= 1) return best;
  const order = orderColumnOf(best);
  for (let depth = 2; depth <= MAX_HEADER_DEPTH && r + depth - 1 < rows.length; depth++) {
    if (!canContinueHeader(rows[r + depth - 1], rows[r + depth - 2], order)) break;
    const deeper = readHeaderRows(rows, r, depth, plan);
    if (deeper.hasName && deeper.score > best.score) best = deeper;
  }
  return best;
};

/**
 * Where each field, criterion and metric went. A criterion is at its leftmost column; one marked
 * in several columns (its parts, or a column naming it beside columns of its text's points) lists
 * them all, left to right, in `criterionParts`.
 */
const buildColumnMap = (meanings: Map<number, ColumnMeaning>): ColumnMap => {
  const columns: ColumnMap = { fields: {}, criteria: {}, metrics: {} };
  const criterionColumns = new Map<string, number[]>();
  for (const [c, m] of [...meanings].sort((a, b) => a[0] - b[0])) {
    const letter = toColumnLetter(c);
    if (m.type === "field") columns.fields[m.field] = letter;
    else if (m.type === "criterion") {
      for (const id of [m.id, ...(m.also ?? [])]) {
        const list = criterionColumns.get(id);
        if (list) list.push(c);
        else criterionColumns.set(id, [c]);
      }
    } else (columns.metrics[m.id] ??= {})[m.year] = letter;
  }
  for (const [id, list] of criterionColumns) {
    columns.criteria[id] = toColumnLetter(list[0] ?? 0);
    if (list.length > 1) (columns.criterionParts ??= {})[id] = list.map(toColumnLetter);
  }
  return columns;
};

/**
 * Finds the header below any title rows: the row (or the two or three rows of a merged header)
 * whose cells name the most known columns, one of them the name column.
 */
export const findHeader = (rows: CellScalar[][], plan: Plan): HeaderLayout | null => {
  let best: { r: number; reading: Reading; orderColumn: number | null; nameColumn: number | null } | null = null;
  let rowsUnderBest = 0;
  const limit = Math.min(rows.length, MAX_HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    // Nominations numbered under the best header so far: the list has begun, no better header follows.
    if (best && r >= best.r + best.reading.depth && isNumberedEntry(row, best.orderColumn, best.nameColumn) && ++rowsUnderBest >= ENTRIES_ENDING_SEARCH) break;
    const filled = row.filter((v) => !isBlank(v)).length;
    if (filled < 2 || isSignatureRow(row)) continue;
    const reading = readHeaderAt(rows, r, plan);
    if (!reading.hasName || reading.score < 2) continue;
    if (!best || reading.score > best.reading.score) {
      best = { r, reading, orderColumn: orderColumnOf(reading), nameColumn: nameColumnOf(reading) };
      rowsUnderBest = 0;
    }
  }
  if (!best) return null;
  const { r, reading } = best;
  const headerRowEnd = r + reading.depth - 1;
  const firstDataRow = isColumnNumberRow(rows[headerRowEnd + 1]) ? headerRowEnd + 2 : headerRowEnd + 1;
  const split = new Set(Object.values(reading.splitFields).flat());
  const unmapped: UnmappedColumn[] = [];
  const width = widthOf(rows, r, headerRowEnd);
  for (let c = 0; c < width; c++) {
    if (reading.meanings.has(c) || split.has(c)) continue;
    const header = stackTexts(rows, r, reading.depth, c).join(" / ");
    if (header !== "") unmapped.push({ column: toColumnLetter(c), header });
  }
  const layout: HeaderLayout = { headerRow: r, headerRowEnd, firstDataRow, columns: buildColumnMap(reading.meanings), meanings: reading.meanings, splitFields: reading.splitFields, unmapped };
  if (reading.dateParts) layout.dateParts = reading.dateParts;
  return layout;
};
