import type { Layout } from "../../src/core/layout/types";
import { ExcelAdapterError, countSyncs, type ExcelFeatures } from "../../src/excel/runInExcel";
import { selectCell } from "../../src/excel/selectCell";
import { buildCellGrid, convertCharsToPoints, groupRowsByHeight, normalizeSheetName, writeLayoutSheet } from "../../src/excel/writeLayoutSheet";
import { coerceTypedValue } from "./fake/fakeBook";
import { FakeBook, createFakeContext } from "./fake/fakeExcel";
import { fillRows } from "./fake/sampleSheets";

const NOTES: ExcelFeatures = { notes: true, comments: true, mergedAreas: true };

const LAYOUT: Layout = {
  sheetName: "Phụ lục",
  role: "plan-appendix",
  font: { name: "Times New Roman", size: 13 },
  columnWidths: [6, 30, 12],
  rowHeights: { 3: 32 },
  cells: [
    { row: 1, col: 1, value: "PHỤ LỤC", style: { bold: true, horizontal: "center" } },
    { row: 2, col: 1, value: "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT)", style: { italic: true, horizontal: "center" } },
    { row: 3, col: 1, value: "TT", style: { bold: true, border: true, wrap: true } },
    { row: 3, col: 2, value: "Nội dung", style: { bold: true, border: true, wrap: true } },
    { row: 3, col: 3, value: "Ngày", style: { bold: true, border: true, wrap: true } },
    { row: 4, col: 1, value: 1, style: { border: true, numberFormat: "00" } },
    { row: 4, col: 2, value: "=SUM(A1:A3)", style: { border: true }, note: "Chép nguyên văn từ tệp của phường" },
    { row: 4, col: 3, value: new Date(Date.UTC(2023, 2, 24)), style: { border: true } },
    { row: 5, col: 1, value: "-", style: { border: true } },
    { row: 5, col: 2, value: "+84 912 345 678", style: { border: true, fill: "FFC7CE", color: "9C0006" } },
    { row: 5, col: 3, value: "0912345678", style: { border: true } },
    { row: 6, col: 2, value: "@Phường Bồ Đề\u0007", style: { border: true } },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 2, left: 1, bottom: 2, right: 3 }],
  print: {
    paperSize: "A4",
    orientation: "landscape",
    margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    repeatRows: { from: 3, to: 3 },
    fitToWidth: true,
    pageNumbers: { position: "top-center", firstPage: false },
  },
  freezeRows: 3,
  validations: [{ range: "C7:C20", values: ["Tập thể", "Cá nhân"] }, { range: "D7:D20", values: ["a,b"] }],
};

/** Jest compares errors by message only: the code is compared here too. */
const describeFailure = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (e: unknown) => (e instanceof ExcelAdapterError ? { code: e.code, message: e.message } : e),
  );

const cellAt = (book: FakeBook, sheet: string, row: number, col: number) => book.findSheet(sheet)?.readCell(row - 1, col - 1);

describe("writeLayoutSheet", () => {
  test("row heights: one change per height over runs of rows, every row at its height", async () => {
    const rowHeights: Record<number, number> = { 3: 20, 4: 20, 5: 35, 6: 20, 8: 35, 9: 35, 12: 20 };
    expect(groupRowsByHeight(rowHeights)).toStrictEqual([
      { height: 20, rows: ["3:4", "6:6", "12:12"] },
      { height: 35, rows: ["5:5", "8:9"] },
    ]);
    const book = new FakeBook();
    book.addSheet("DS");
    const { context } = createFakeContext(book);
    await writeLayoutSheet(context, { ...LAYOUT, rowHeights }, false, NOTES);
    const sheet = book.findSheet("Phụ lục");
    expect(Object.fromEntries([...(sheet?.rowHeights ?? [])].map(([row, height]) => [row + 1, height]))).toStrictEqual(rowHeights);
  });


  test("page breaks: each after its row, as a break before the next row's first cell", async () => {
    const book = new FakeBook();
    book.addSheet("DS");
    const { context } = createFakeContext(book);
    await writeLayoutSheet(context, { ...LAYOUT, pageBreaks: [4, 9] }, false, NOTES);
    expect(book.findSheet("Phụ lục")?.pageLayout.horizontalPageBreaks).toStrictEqual(["A5", "A10"]);
  });

  test("writes values as text where they are text, styles, merges, widths and the A4 print setup — two syncs", async () => {
    const book = new FakeBook();
    book.addSheet("DS");
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    await writeLayoutSheet(context, LAYOUT, false, NOTES);

    const sheet = book.findSheet("Phụ lục");
    if (!sheet) throw new Error("sheet not written");
    const typed = [[4, 2], [5, 1], [5, 2], [5, 3], [6, 2]].map(([r, c]) => {
      const cell = cellAt(book, "Phụ lục", r as number, c as number);
      return [cell?.value, cell?.formula, cell?.numberFormat];
    });
    expect(typed).toStrictEqual([
      ["=SUM(A1:A3)", null, "@"],
      ["-", null, "@"],
      ["+84 912 345 678", null, "@"],
      ["0912345678", null, "@"],
      ["@Phường Bồ Đề", null, "@"],
    ]);
    expect([cellAt(book, "Phụ lục", 4, 1)?.numberFormat, cellAt(book, "Phụ lục", 4, 3)?.value, cellAt(book, "Phụ lục", 4, 3)?.numberFormat]).toStrictEqual(["00", 45009, "dd/mm/yyyy"]);
    const header = cellAt(book, "Phụ lục", 3, 2);
    expect([header?.font, header?.wrap, header?.borders.EdgeTop, header?.borders.InsideVertical]).toStrictEqual([
      { color: "#000000", name: "Times New Roman", size: 13, bold: true, italic: false }, true, "Continuous", "Continuous",
    ]);
    expect([cellAt(book, "Phụ lục", 5, 2)?.fill, cellAt(book, "Phụ lục", 5, 2)?.font.color]).toStrictEqual([{ color: "#FFC7CE", pattern: "Solid" }, "#9C0006"]);
    expect([cellAt(book, "Phụ lục", 1, 3)?.font.bold, cellAt(book, "Phụ lục", 1, 3)?.horizontal]).toStrictEqual([true, "Center"]);
    expect(sheet.merges).toStrictEqual(["A1:C1", "A2:C2"]);
    expect(Object.fromEntries(sheet.columnWidths)).toStrictEqual({ 0: 35.25, 1: 161.25, 2: 66.75 });
    expect(Object.fromEntries(sheet.rowHeights)).toStrictEqual({ 2: 32 });
    expect(Object.fromEntries(sheet.notes)).toStrictEqual({ B4: "Chép nguyên văn từ tệp của phường" });
    expect(sheet.validations).toStrictEqual([{ range: "C7:C20", rule: { list: { inCellDropDown: true, source: "Tập thể,Cá nhân" } } }]);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.pageLayout).toStrictEqual({
      paperSize: "A4",
      orientation: "Landscape",
      topMargin: 56.69,
      bottomMargin: 56.69,
      leftMargin: 85.04,
      rightMargin: 42.52,
      headerMargin: 28.35,
      footerMargin: 28.35,
      printTitleRows: "$3:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      "headersFooters.state": "FirstAndDefault",
      "defaultForAllPages.centerHeader": "&\"Times New Roman,Regular\"&13&P",
      "firstPage.centerHeader": "",
    });
    expect(book.active).toBe("Phụ lục");
    expect(syncs.count).toBe(2);
  });

  test("the fake turns such text into formulas and numbers when it is not formatted as text", () => {
    expect([coerceTypedValue("=SUM(A1:A3)", "General"), coerceTypedValue("0912345678", "General"), coerceTypedValue("0912345678", "@")]).toStrictEqual([
      { value: 0, formula: "=SUM(A1:A3)" },
      { value: 912345678, formula: null },
      { value: "0912345678", formula: null },
    ]);
  });

  test("an existing sheet of that name is kept unless replacing was chosen", async () => {
    const book = new FakeBook();
    fillRows(book.addSheet("Phụ lục"), [["bản cũ"]]);
    book.addSheet("DS");

    const refused = await describeFailure(writeLayoutSheet(createFakeContext(book).context, LAYOUT, false, NOTES));

    expect(refused).toStrictEqual({ code: "SheetExists", message: "Đã có trang tính \"Phụ lục\": chọn \"Thay thế\" để ghi đè, hoặc đặt tên khác." });
    expect(cellAt(book, "Phụ lục", 1, 1)?.value).toBe("bản cũ");
  });

  test("replacing puts the new sheet in the old one's place, even when it was the only sheet", async () => {
    const book = new FakeBook();
    fillRows(book.addSheet("Phụ lục"), [["bản cũ"], ["x"], ["y"], ["z"], ["w"], ["v"], ["u"]]);

    await writeLayoutSheet(createFakeContext(book).context, LAYOUT, true, NOTES);

    expect(book.sheets.map((s) => s.name)).toStrictEqual(["Phụ lục"]);
    expect([cellAt(book, "Phụ lục", 1, 1)?.value, cellAt(book, "Phụ lục", 7, 1)?.value]).toStrictEqual(["PHỤ LỤC", ""]);

    const two = new FakeBook();
    two.addSheet("Đầu");
    two.addSheet("Phụ lục");
    two.addSheet("Cuối");
    await writeLayoutSheet(createFakeContext(two).context, LAYOUT, true, NOTES);
    expect(two.sheets.map((s) => s.name)).toStrictEqual(["Đầu", "Phụ lục", "Cuối"]);
  });
});

describe("helpers", () => {
  test("sheet names follow Excel's rules as the .xlsx writer applies them", () => {
    expect(["Phụ lục 1/2", "'Tổng hợp'", "a".repeat(40), "  "].map(normalizeSheetName)).toStrictEqual(["Phụ lục 1-2", "Tổng hợp", "a".repeat(31), "Trang tính"]);
  });

  test("the grid starts at A1 and leaves gaps empty", () => {
    expect(buildCellGrid([{ row: 2, col: 2, value: 5 }])).toStrictEqual({
      rect: { top: 0, left: 0, bottom: 1, right: 1 },
      values: [["", ""], ["", 5]],
      formats: [["General", "General"], ["General", "General"]],
    });
    expect(convertCharsToPoints(8.43)).toBe(48);
  });
});

test("selectCell activates the finding's sheet and selects its cell", async () => {
  const book = new FakeBook();
  book.addSheet("Khác");
  book.addSheet("DS");
  const { context } = createFakeContext(book);

  await selectCell(context, "DS", "$E$12");

  expect([book.active, book.selection]).toStrictEqual(["DS", { sheet: "DS", address: "E12" }]);
  expect(await describeFailure(selectCell(context, "DS", "hàng 12"))).toStrictEqual({ code: "InvalidAddress", message: "Địa chỉ ô \"hàng 12\" không hợp lệ." });
});
