/**
 * The saved mark state, kept as JSON in a hidden sheet of ours: a document property holds 9 KB, and
 * the marks of a list of thousands of rows (each cell's fill and note as they were) hold more. The
 * text is cut into pieces of 40,000 characters, one per cell of column A (Sheets takes 50,000).
 */
import type { SheetCell, SheetLike, SpreadsheetLike } from "./host";
import { chooseFreeName, markOwnSheet, type ClassifiedSheet } from "./ownSheets";

export const STATE_SHEET_NAME = "Điển hình - dữ liệu";
const PIECE = 40_000;

export interface StateStore {
  /** The saved JSON, or null when nothing is saved (or it cannot be read). */
  read(): unknown;
  /** Saves `value`, or empties the store for null. */
  write(value: unknown): void;
}

export function openStateStore(spreadsheet: SpreadsheetLike, sheets: readonly ClassifiedSheet[]): StateStore {
  let sheet: SheetLike | null = sheets.find((s) => s.role === "state")?.sheet ?? null;
  let rowsHeld = 0;
  return {
    read() {
      if (!sheet) return null;
      const values = sheet.getDataRange().getValues();
      rowsHeld = values.length;
      const text = values.map((line) => (typeof line[0] === "string" ? line[0] : "")).join("");
      if (text === "") return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    write(value) {
      const text = value === null ? "" : JSON.stringify(value);
      if (!sheet) {
        if (text === "") return;
        sheet = insertStateSheet(spreadsheet, sheets);
      }
      const pieces: SheetCell[][] = [];
      for (let at = 0; at < text.length; at += PIECE) pieces.push([`'${text.slice(at, at + PIECE)}`]);
      // Pieces of an earlier, longer state are overwritten with nothing in the same write.
      while (pieces.length < rowsHeld) pieces.push([""]);
      if (pieces.length > 0) sheet.getRange(1, 1, pieces.length, 1).setValues(pieces);
      rowsHeld = Math.ceil(text.length / PIECE);
    },
  };
}

/** Sheets makes an inserted sheet the active one: the user's sheet is made active again. */
function insertStateSheet(spreadsheet: SpreadsheetLike, sheets: readonly ClassifiedSheet[]): SheetLike {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(chooseFreeName(STATE_SHEET_NAME, sheets.map((s) => s.name)), sheets.length);
  markOwnSheet(sheet, "state");
  sheet.hideSheet();
  active.activate();
  return sheet;
}
