/**
 * A workbook built with exceljs, opened in the fake as Google Sheets opens an uploaded .xlsx: each
 * worksheet a sheet (hidden ones hidden), values as Sheets returns them (a date as the instant of
 * its day in the spreadsheet's time zone, a formula as its result), each cell's font name, fill
 * and note, and the merges. Set up outside the counted calls.
 */
import type ExcelJS from "exceljs";
import type { SheetCell } from "../../../src/sheets/server/host";
import { FakeSpreadsheet, toSheetsInstant } from "./fakeSpreadsheet";
import { rectOfA1 } from "./fakeRange";

/** The font of a cell that names none: the workbook's default, as exceljs writes it. */
const WORKBOOK_FONT = "Calibri";

const toSheetCell = (value: ExcelJS.CellValue, timeZone: string): SheetCell | "" => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return toSheetsInstant(value, timeZone);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "formula" in value) return toSheetCell((value.result ?? null) as ExcelJS.CellValue, timeZone);
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value);
};

const toColour = (fill: ExcelJS.Fill | undefined): string | null => {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toLowerCase()}` : null;
};

const toNote = (note: ExcelJS.Comment | string | undefined): string => {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
};

export function openInFakeSheets(workbook: ExcelJS.Workbook, name: string, timeZone = "Asia/Ho_Chi_Minh"): FakeSpreadsheet {
  const book = new FakeSpreadsheet(name, timeZone);
  workbook.eachSheet((ws) => {
    const sheet = book.addSheet(ws.name);
    sheet.hidden = ws.state !== "visible";
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const target = sheet.grid.at(r - 1, c - 1);
        target.value = toSheetCell(cell.value, timeZone);
        target.font = cell.font?.name ?? WORKBOOK_FONT;
        const colour = toColour(cell.fill);
        if (colour) target.background = colour;
        target.note = toNote(cell.note);
      });
    });
    for (const merge of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
      const rect = rectOfA1(merge);
      sheet.grid.merges.push({ top: rect.row - 1, left: rect.column - 1, bottom: rect.row + rect.numRows - 2, right: rect.column + rect.numColumns - 2 });
    }
  });
  book.active = book.sheets.find((s) => !s.hidden) ?? null;
  return book;
}
