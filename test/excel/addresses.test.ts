import {
  convertDateToSerial,
  convertSerialToDate,
  fromColumnLetters,
  groupCellsIntoRects,
  isDateNumberFormat,
  joinAddressLists,
  parseCellAddress,
  parseRangeAddress,
  splitAreasAddress,
  splitSheetFromAddress,
  toColumnLetters,
  toRangeAddress,
} from "../../src/excel/addresses";

describe("A1 addresses", () => {
  test("column letters both ways, including the three-letter columns", () => {
    expect([0, 25, 26, 701, 702, 16383].map(toColumnLetters)).toStrictEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(["A", "Z", "AA", "ZZ", "AAA", "XFD"].map(fromColumnLetters)).toStrictEqual([0, 25, 26, 701, 702, 16383]);
  });

  test("cell and range addresses, with and without sheet names and dollars", () => {
    expect(parseCellAddress("$E$12")).toStrictEqual({ row: 11, col: 4 });
    expect(parseCellAddress("E0")).toBeNull();
    expect(parseCellAddress("hàng 5")).toBeNull();
    expect(parseRangeAddress("'Phường Bồ Đề'!B2:D10")).toStrictEqual({ top: 1, left: 1, bottom: 9, right: 3 });
    expect(parseRangeAddress("Sheet1!C3")).toStrictEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(splitSheetFromAddress("'Tổ 1, 2''s'!A1")).toStrictEqual({ sheet: "Tổ 1, 2's", local: "A1" });
    expect(splitAreasAddress("'Tổ 1, 2'!A1:B2, 'Tổ 1, 2'!D4")).toStrictEqual(["'Tổ 1, 2'!A1:B2", "'Tổ 1, 2'!D4"]);
  });

  test("cells group into few rectangles: a column run, a row run, and a lone cell", () => {
    const cells = [
      ...[7, 8, 9, 10].map((row) => ({ row, col: 4 })),
      ...[1, 2, 3].map((col) => ({ row: 20, col })),
      { row: 30, col: 0 },
    ];
    expect(groupCellsIntoRects(cells).map(toRangeAddress)).toStrictEqual(["E8:E11", "B21:D21", "A31"]);
  });

  test("rows with the same column runs stack; a gap starts a new rectangle", () => {
    const cells = [0, 1, 3].flatMap((row) => [{ row, col: 0 }, { row, col: 1 }]);
    expect(groupCellsIntoRects(cells).map(toRangeAddress)).toStrictEqual(["A1:B2", "A4:B4"]);
  });

  test("address lists are cut under the length limit without splitting an address", () => {
    expect(joinAddressLists(["A1", "B2", "C3:C9", "D4"], 7)).toStrictEqual(["A1,B2", "C3:C9", "D4"]);
  });
});

describe("dates", () => {
  test("1900-system serials become UTC dates, with Excel's phantom 29/02/1900 accounted for", () => {
    expect(convertSerialToDate(45292)).toStrictEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(convertSerialToDate(45292.5)).toStrictEqual(new Date(Date.UTC(2024, 0, 1, 12)));
    expect(convertSerialToDate(1)).toStrictEqual(new Date(Date.UTC(1900, 0, 1)));
    expect(convertSerialToDate(59)).toStrictEqual(new Date(Date.UTC(1900, 1, 28)));
    expect(convertSerialToDate(61)).toStrictEqual(new Date(Date.UTC(1900, 2, 1)));
    expect([1, 59, 61, 45292].map((s) => convertDateToSerial(convertSerialToDate(s)))).toStrictEqual([1, 59, 61, 45292]);
  });

  test("date formats are told from number formats with literal text or colours", () => {
    const formats = ["dd/mm/yyyy", "[$-42A]d mmmm yyyy", "h:mm", "[h]:mm:ss", "General", "0", "#,##0 \"đồng\"", "0.00E+00", "[Red]0.00", "@"];
    expect(formats.map(isDateNumberFormat)).toStrictEqual([true, true, true, true, false, false, false, false, false, false]);
  });
});
