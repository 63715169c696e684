/**
 * What the pane should show for a file, computed in Node by the same core and exceljs reader the
 * pane bundles: the end-to-end tests then compare the page with the core, not with copied prose.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport } from "../../../src/core/check/report";
import type { CellScalar, SheetValues } from "../../../src/core/model";
import type { Plan } from "../../../src/core/plan/schema";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import type { UnitSheetLayout } from "./unitSheets";

export async function checkFileInNode(path: string, plan: Plan): Promise<CheckReport> {
  return checkWorkbook(await readWorkbookBytes(new Uint8Array(await readFile(path)), basename(path)), plan);
}

/** Every non-empty cell's text, row by row, of each sheet of a downloaded workbook. */
export async function readDownloadedWorkbook(path: string): Promise<{ sheets: string[]; texts: Record<string, string[]> }> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const texts: Record<string, string[]> = {};
  workbook.eachSheet((sheet) => {
    const lines: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.text.trim() !== "") lines.push(cell.text);
      });
    });
    texts[sheet.name] = lines;
  });
  return { sheets: workbook.worksheets.map((s) => s.name), texts };
}

/** A unit sheet's layout as the Excel adapter hands it to the core: dense rows, merges. */
export function layoutToSheetValues(layout: UnitSheetLayout): SheetValues {
  const height = layout.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const width = layout.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const rows: CellScalar[][] = Array.from({ length: height }, () => new Array<CellScalar>(width).fill(null));
  for (const { row, col, value } of layout.cells) {
    const line = rows[row - 1];
    if (line && value !== "") line[col - 1] = value;
  }
  return { name: layout.sheetName, rows, merges: [...layout.merges] };
}
