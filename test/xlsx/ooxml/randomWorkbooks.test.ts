import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellScalar, SheetValues } from "../../../src/core/model";
import { readXlsxSheetValues } from "../../../src/xlsx/ooxml/readXlsxValues";
import { arbitraryCell } from "../../helpers/arbitraryTables";
import { comparable, readWithExceljs } from "./compareReaders";

/**
 * Property: any workbook exceljs writes — random texts (Vietnamese, NFD, emoji, control
 * characters, 32,767 characters), numbers, booleans, dates under a date format, formulas with
 * cached results, fonts, merges, hidden rows and sheets — reads the same through our reader as
 * through exceljs, or is refused by both.
 */

const FONTS = ["Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times", "Arial"];

interface RandomSheet {
  cells: { value: CellScalar; font: string | null; formula: boolean }[][];
  merges: [number, number, number, number][];
  hiddenRows: number[];
  hidden: boolean;
}

const arbitrarySheet: fc.Arbitrary<RandomSheet> = fc.record({
  cells: fc.array(fc.array(fc.record({ value: arbitraryCell, font: fc.option(fc.constantFrom(...FONTS)), formula: fc.boolean() }), { maxLength: 8 }), { maxLength: 12 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 4 }),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
  hidden: fc.boolean(),
});

const writeWorkbook = async (sheets: RandomSheet[], date1904: boolean): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(`Trang ${i + 1}`, { state: s.hidden ? "hidden" : "visible" });
    s.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        const cell = ws.getCell(r + 1, k + 1);
        const isNumber = typeof c.value === "number" && Number.isFinite(c.value) && c.value !== 0;
        cell.value = c.formula && isNumber ? { formula: "1+1", result: c.value as number } : (c.value as ExcelJS.CellValue);
        if (c.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
        if (c.font) cell.font = { name: c.font };
      }),
    );
    for (const [top, left, down, across] of s.merges) {
      try {
        ws.mergeCells(top, left, top + down, left + across);
      } catch {
        // Overlapping merges are refused by exceljs: that merge is simply not made.
      }
    }
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/**
 * A date as Excel shows it: exceljs hands back a negative serial or one past 31/12/9999 as a Date;
 * Excel draws "########", and so does our reader.
 */
const asExcelShowsIt = (v: CellScalar, date1904: boolean): CellScalar => {
  if (!(v instanceof Date)) return v;
  const serial = v.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  return serial < 0 || serial >= 2958466 - (date1904 ? 1462 : 0) ? "########" : v.toISOString();
};

it("random workbooks written by exceljs read the same through our reader as through exceljs", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(arbitrarySheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
      const bytes = await writeWorkbook(sheets, date1904);
      let theirs: SheetValues[] | null = null;
      try {
        theirs = await readWithExceljs(bytes);
      } catch {
        theirs = null;
      }
      if (theirs === null) {
        expect(() => readXlsxSheetValues(bytes)).toThrow();
        return;
      }
      const expected = theirs;
      expect(readXlsxSheetValues(bytes).map((s, i) => comparable(s, expected[i] ?? s, (v) => asExcelShowsIt(v, date1904)))).toStrictEqual(expected.map((s) => comparable(s, s, (v) => asExcelShowsIt(v, date1904))));
    }),
    { numRuns: Number(process.env.READER_RUNS ?? 150) },
  );
}, 120_000);
