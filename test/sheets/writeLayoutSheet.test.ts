/**
 * A layout painted into a sheet: each cell's value, format and style as the layout says, merges
 * and widths, in a fixed number of calls whatever the rows; dates as serial numbers with a date
 * format, so no time zone moves them.
 */
import type { Layout } from "../../src/core/layout/types";
import { classifySheets } from "../../src/sheets/server/ownSheets";
import { toPixelWidth, writeLayoutSheet } from "../../src/sheets/server/writeLayoutSheet";
import { FakeSpreadsheet } from "./fake/fakeSpreadsheet";

const layoutOf = (rows: number): Layout => ({
  sheetName: "Phụ lục",
  role: "plan-appendix",
  font: { name: "Times New Roman", size: 13 },
  columnWidths: [6, 30, 12],
  rowHeights: { 1: 20, 2: 20 },
  cells: [
    { row: 1, col: 1, value: "PHỤ LỤC", style: { bold: true, horizontal: "center" } },
    { row: 2, col: 1, value: "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT)", style: { italic: true, horizontal: "center" } },
    { row: 3, col: 1, value: "TT", style: { bold: true, border: true, fill: "D9E1F2", vertical: "middle" } },
    { row: 3, col: 2, value: "Họ và tên", style: { bold: true, border: true, fill: "D9E1F2", vertical: "middle" } },
    { row: 3, col: 3, value: "Ngày", style: { bold: true, border: true, fill: "D9E1F2", vertical: "middle" } },
    ...Array.from({ length: rows }, (_, i) => [
      { row: 4 + i, col: 1, value: i + 1, style: { border: true } },
      { row: 4 + i, col: 2, value: i === 0 ? "=HYPERLINK(\"x\")" : `Người số ${i + 1}`, style: { border: true, wrap: true } },
      { row: 4 + i, col: 3, value: new Date(Date.UTC(2024, 2, 12)), style: { border: true }, ...(i === 0 ? { note: "ghi chú" } : {}) },
    ]).flat(),
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 2, left: 1, bottom: 2, right: 3 }],
  print: { paperSize: "A4", orientation: "portrait", margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true },
  freezeRows: 3,
});

test("cells, styles, merges, widths and frozen rows as the layout says", () => {
  const book = new FakeSpreadsheet("Tong_hop");
  book.addSheet("Danh sách của phường");
  const name = writeLayoutSheet(book, classifySheets(book), layoutOf(2));
  const sheet = book.sheet(name);
  const cell = (r: number, c: number) => sheet.grid.peek(r - 1, c - 1);

  expect(name).toBe("Phụ lục");
  expect(book.active).toBe(sheet);
  expect([cell(1, 1)?.value, cell(1, 1)?.fontWeight, cell(1, 1)?.horizontal, cell(1, 1)?.font, cell(1, 1)?.fontSize]).toStrictEqual(["PHỤ LỤC", "bold", "center", "Times New Roman", 13]);
  // A merge's area takes its top-left cell's style.
  expect([cell(2, 3)?.fontStyle, cell(2, 3)?.horizontal]).toStrictEqual(["italic", "center"]);
  expect([cell(3, 2)?.background, cell(3, 2)?.border, cell(3, 2)?.vertical]).toStrictEqual(["#d9e1f2", true, "middle"]);
  expect([cell(4, 2)?.value, cell(4, 2)?.formula, cell(4, 2)?.wrap]).toStrictEqual(['=HYPERLINK("x")', undefined, true]);
  // 12/03/2024 as Sheets' serial day 45363, shown dd/mm/yyyy.
  expect([cell(4, 3)?.value, cell(4, 3)?.numberFormat, cell(4, 3)?.note]).toStrictEqual([45363, "dd/mm/yyyy", "ghi chú"]);
  expect(sheet.grid.merges).toStrictEqual([{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 1, left: 0, bottom: 1, right: 2 }]);
  expect([...sheet.columnWidths]).toStrictEqual([[1, toPixelWidth(6)], [2, toPixelWidth(30)], [3, toPixelWidth(12)]]);
  expect([...sheet.rowHeights]).toStrictEqual([[1, 27], [2, 27]]);
  expect(sheet.frozenRows).toBe(3);
});

test("the same calls for a layout of 10 rows and one of 5,000", () => {
  const calls = (rows: number) => {
    const book = new FakeSpreadsheet("Tong_hop");
    book.addSheet("Trang 1");
    const sheets = classifySheets(book);
    book.log.reset();
    writeLayoutSheet(book, sheets, layoutOf(rows));
    return book.log.snapshot();
  };
  expect(calls(5000)).toStrictEqual(calls(10));
});

test("a list of 60,000 rows (180,000 cells) is painted: its extent is measured without spreading every cell as an argument", () => {
  const book = new FakeSpreadsheet("Tong_hop");
  const name = writeLayoutSheet(book, classifySheets(book), layoutOf(60_000));
  const sheet = book.sheet(name);
  expect([sheet.grid.peek(60_002, 1)?.value, sheet.grid.peek(60_002, 0)?.value]).toStrictEqual(["Người số 60000", 60_000]);
});
