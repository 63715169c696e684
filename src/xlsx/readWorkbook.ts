import ExcelJS from "exceljs";
import type { CellScalar, SheetValues, WorkbookValues } from "../core/model";

type ExcelValue = ExcelJS.CellValue;

/** An exceljs cell value as a plain scalar: formulas give their cached result, rich text its text. */
export const toCellScalar = (value: ExcelValue): CellScalar => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((p) => p.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: unknown }).error);
      return toCellScalar(result as ExcelValue);
    }
    if ("hyperlink" in value) return toCellScalar((value as { text?: ExcelValue }).text ?? null);
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return null;
};

/** Reads one worksheet into dense rows (rows[0] = Excel row 1), font names and merges. */
export const readWorksheetValues = (ws: ExcelJS.Worksheet): SheetValues => {
  const rows: CellScalar[][] = [];
  const fonts: (string | null)[][] = [];
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
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const sheet: SheetValues = { name: ws.name, rows, merges: [...merges] };
  if (anyFont) sheet.fonts = fonts;
  if (ws.state && ws.state !== "visible") sheet.hidden = true;
  return sheet;
};

/** Reads a whole .xlsx (as bytes) into plain values; `file` is the name the user knows. */
export const readWorkbookBytes = async (bytes: ArrayBuffer | Uint8Array, file: string): Promise<WorkbookValues> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const sheets: SheetValues[] = [];
  wb.eachSheet((ws) => sheets.push(readWorksheetValues(ws)));
  return { file, sheets };
};
