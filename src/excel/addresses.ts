/**
 * A1 addresses, address lists and Excel serial dates: pure helpers of the office-js adapter.
 * Rows and columns here are 0-based (row 0 = Excel row 1, column 0 = A).
 */
import { toColumnLetter } from "../core/read/grid";

export interface CellPosition {
  row: number;
  col: number;
}

export interface RangeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel refuses longer address strings in `getRanges`; stay below its ~8,192-character limit. */
export const MAX_ADDRESS_LIST_LENGTH = 8000;

/** "AB" for column 27 (0-based, as Excel's ranges count). */
export const toColumnLetters = (col: number): string => toColumnLetter(col);

export function fromColumnLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toCellAddress(position: CellPosition): string {
  return `${toColumnLetters(position.col)}${position.row + 1}`;
}

export function toRangeAddress(rect: RangeRect): string {
  const start = toCellAddress({ row: rect.top, col: rect.left });
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${toCellAddress({ row: rect.bottom, col: rect.right })}`;
}

/** Sheet names are always quoted: Vietnamese names, spaces and commas are then never ambiguous. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function toQualifiedAddress(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "E12" or "$E$12" → position; anything else → null (a finding with a bad address is not marked). */
export function parseCellAddress(address: string): CellPosition | null {
  const match = CELL_PATTERN.exec(address.trim());
  if (!match?.[1] || !match[2]) return null;
  const row = Number(match[2]) - 1;
  const col = fromColumnLetters(match[1]);
  if (row < 0 || row > 1048575 || col > 16383) return null;
  return { row, col };
}

/** Splits "'Tổ 1, 2'!A1:B2" into sheet and local part; the sheet part may be quoted. */
export function splitSheetFromAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address.trim() };
  const rawSheet = address.slice(0, bang).trim();
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, local: address.slice(bang + 1).trim() };
}

/** "Sheet1!B2:D10", "B2" or "'Phường 1'!A1:C3" → the rectangle; null when it is not a cell range. */
export function parseRangeAddress(address: string): RangeRect | null {
  const { local } = splitSheetFromAddress(address);
  const [first, second] = local.split(":");
  if (first === undefined) return null;
  const start = parseCellAddress(first);
  const end = second === undefined ? start : parseCellAddress(second);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Splits an areas address ("S!A1:B2, S!D4") at commas outside quoted sheet names. */
export function splitAreasAddress(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/**
 * Cells → as few rectangles as a simple sweep finds: runs along each row, then runs with the same
 * columns stacked over consecutive rows. Keeps `getRanges` address lists short for column-shaped
 * findings ("E8:E400" instead of 393 cells).
 */
export function groupCellsIntoRects(cells: readonly CellPosition[]): RangeRect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const open = new Map<string, RangeRect>();
  const done: RangeRect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const col of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === col - 1) last[1] = col;
      else runs.push([col, col]);
    }
    const seen = new Set<string>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: row, left, bottom: row, right });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key) && rect.bottom < row) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function listCellsOfRect(rect: RangeRect): CellPosition[] {
  const cells: CellPosition[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) cells.push({ row, col });
  }
  return cells;
}

/** Joins addresses into comma lists that each fit Excel's address-length limit. */
export function joinAddressLists(addresses: readonly string[], maxLength = MAX_ADDRESS_LIST_LENGTH): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    const next = current === "" ? address : `${current},${address}`;
    if (next.length > maxLength && current !== "") {
      lists.push(current);
      current = address;
    } else {
      current = next;
    }
  }
  if (current !== "") lists.push(current);
  return lists;
}

const DAY_MS = 86_400_000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

/**
 * Excel 1900-system serial → Date at UTC midnight (plus the time of day), as exceljs gives it.
 * Serials below 61 are shifted by a day because Excel counts a 29/02/1900 that never was.
 */
export function convertSerialToDate(serial: number): Date {
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900_MS + Math.round(days * DAY_MS / 1000) * 1000);
}

export function convertDateToSerial(date: Date): number {
  const days = (date.getTime() - EPOCH_1900_MS) / DAY_MS;
  return days < 61 ? days - 1 : days;
}

/**
 * Whether an Excel number format shows a date or time. Quoted text, escaped characters and
 * bracketed colour/locale codes ([Red], [$-42A]) are dropped first so "0 \"ngày\"" stays a number.
 */
export function isDateNumberFormat(format: string): boolean {
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  if (/^general$/i.test(stripped.trim())) return false;
  return /[dmyhs]/i.test(stripped);
}
