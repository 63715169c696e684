import type { CellScalar, SheetValues } from "../../../src/core/model";
import { detectEncodingFromFont } from "../../../src/core/text/legacy";
import { readSheetsWithExceljs } from "../../../src/xlsx/readWorkbook";

/**
 * What the two readers' results are compared on (our reader against exceljs's whole-workbook
 * load): names, values, merges, hidden state, and fonts by what they mean to the reading. Fonts
 * count only where exceljs names one (an unstyled cell has the workbook's default font in ours,
 * none in exceljs's) and by their legacy encoding (a workbook whose styles name no legacy font
 * gets no font table from our reader: the names would decide nothing).
 */

/** exceljs's reading, as the product falls back to it (a file it cannot open throws). */
export const readWithExceljs = (bytes: Uint8Array): Promise<SheetValues[]> => readSheetsWithExceljs(bytes, "tep.xlsx");

/** "tcvn3 capitals", "vni", or "unicode" for any other font or none. */
const legacyMeaning = (font: string | null | undefined): string => {
  const found = detectEncodingFromFont(font);
  return found ? `${found.encoding}${found.capitals ? " capitals" : ""}` : "unicode";
};

export const comparable = (sheet: SheetValues, fontsWhere: SheetValues, value: (v: CellScalar) => CellScalar = (v) => v) => ({
  name: sheet.name,
  rows: sheet.rows.map((row) => row.map(value)),
  fonts: sheet.rows.map((row, r) => row.map((_v, c) => (fontsWhere.fonts?.[r]?.[c] ? legacyMeaning(sheet.fonts?.[r]?.[c]) : null))),
  merges: sheet.merges ?? [],
  hidden: sheet.hidden ?? false,
  hiddenRows: sheet.hiddenRows ?? [],
});
