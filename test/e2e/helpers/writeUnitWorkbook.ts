/** Writes a unit's sheet (unitSheets.ts) as an .xlsx the way an office would save it, with exceljs. */
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { layoutUnitSheet, type UnitSheetSpec } from "./unitSheets";

const THIN = { style: "thin" } as const;

export async function buildUnitWorkbook(spec: UnitSheetSpec): Promise<Buffer> {
  const layout = layoutUnitSheet(spec);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.unitLine;
  const sheet = workbook.addWorksheet(layout.sheetName, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  for (const { row, col, value, style } of layout.cells) {
    const cell = sheet.getCell(row, col);
    cell.value = value;
    cell.font = { name: layout.font.name, size: style?.size ?? layout.font.size, bold: style?.bold ?? false, italic: style?.italic ?? false };
    if (style?.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (style?.wrap || style?.center) {
      cell.alignment = { wrapText: style.wrap ?? false, vertical: "middle", ...(style.center ? { horizontal: "center" as const } : {}) };
    }
  }
  for (const range of layout.merges) sheet.mergeCells(range);
  layout.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes each unit's workbook into `dir`; returns the paths in the same order. */
export async function writeUnitWorkbooks(dir: string, specs: readonly UnitSheetSpec[]): Promise<string[]> {
  return Promise.all(
    specs.map(async (spec) => {
      const path = join(dir, spec.fileName);
      await writeFile(path, await buildUnitWorkbook(spec));
      return path;
    }),
  );
}
