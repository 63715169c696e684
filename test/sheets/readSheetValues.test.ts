/**
 * A sheet → SheetValues in three reads: typed values (a date as the core's UTC day whatever the
 * spreadsheet's time zone), font names only where a legacy font decides the reading, the merges.
 */
import { readSheetValues } from "../../src/sheets/server/readSheetValues";
import { createCoreDates } from "../../src/sheets/server/sheetDates";
import { fakeFormatDate, FakeSpreadsheet, toSheetsInstant, type FakeSheet } from "./fake/fakeSpreadsheet";

const ZONE = "Pacific/Honolulu";

function sheetWith(cells: [number, number, string | number | boolean | Date, string?][]): { book: FakeSpreadsheet; sheet: FakeSheet } {
  const book = new FakeSpreadsheet("DS", ZONE);
  const sheet = book.addSheet("DS");
  for (const [r, c, value, font] of cells) {
    const cell = sheet.grid.at(r, c);
    cell.value = value instanceof Date ? toSheetsInstant(value, ZONE) : value;
    if (font) cell.font = font;
  }
  return { book, sheet };
}

const read = (sheet: FakeSheet, hidden = false) => readSheetValues(sheet, { name: "DS", hidden }, createCoreDates(ZONE, fakeFormatDate));

test("values as the core takes them, merges as A1 ranges, no fonts without a legacy one", () => {
  const { book, sheet } = sheetWith([[0, 0, "Họ và tên"], [0, 2, 12.5], [1, 1, true], [1, 2, new Date(Date.UTC(2021, 10, 12))]]);
  sheet.grid.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
  book.log.reset();

  expect(read(sheet, true)).toStrictEqual({
    name: "DS",
    hidden: true,
    rows: [["Họ và tên", null, 12.5], [null, true, new Date(Date.UTC(2021, 10, 12))]],
    merges: ["A1:B1"],
  });
  expect(book.log.total).toBe(4);
  expect(["Sheet.getDataRange", "Range.getValues", "Range.getFontFamilies", "Range.getMergedRanges"].map((m) => book.log.counts.get(m))).toStrictEqual([1, 1, 1, 1]);
});

test("a TCVN3 font on any text cell hands over every text cell's font", () => {
  const { sheet } = sheetWith([[0, 0, "UBND XÃ", ".VnTimeH"], [1, 0, "Hä vµ tªn", ".VnTime"], [1, 1, 3]]);
  expect(read(sheet).fonts).toStrictEqual([[".VnTimeH", undefined], [".VnTime", undefined]]);
});

test("a blank sheet is no rows", () => {
  const { sheet } = sheetWith([]);
  expect(read(sheet)).toStrictEqual({ name: "DS", rows: [] });
});
