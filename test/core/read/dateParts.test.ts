import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CellScalar } from "../../../src/core/model";
import { readDatePartsCell } from "../../../src/core/read/dateParts";
import { findHeader } from "../../../src/core/read/findHeader";
import { fillMergedCells } from "../../../src/core/read/grid";
import { readListSheet, type ReadList } from "../../../src/core/read/readListSheet";
import { makeSheet, makeTestPlan, utcDate } from "../../helpers/sheets";

/** A date written over three columns, "Ngày | Tháng | Năm", read from SheetValues. */

const plan = makeTestPlan();

const readList = (rows: CellScalar[][], merges: string[] = []): ReadList => {
  const read = readListSheet(makeSheet("DS", rows, { merges }), plan);
  if (read.type !== "list") throw new Error(`not a list: ${read.reason}`);
  return read;
};

const headerOf = (rows: CellScalar[][], merges: string[] = []) => {
  const h = findHeader(fillMergedCells(rows, merges), plan);
  return h && { rows: [h.headerRow + 1, h.headerRowEnd + 1], fields: h.columns.fields, splitFields: h.splitFields, dateParts: h.dateParts, unmapped: h.unmapped };
};

describe("findHeader: the parts of a date", () => {
  test("Ngày đăng ký merged over Ngày | Tháng | Năm: one date column, its parts", () => {
    expect(
      headerOf(
        [
          ["STT", "Họ và tên", "Ngày đăng ký", null, null],
          [null, null, "Ngày", "Tháng", "Năm"],
        ],
        ["A1:A2", "B1:B2", "C1:E1"],
      ),
    ).toStrictEqual({
      rows: [1, 2],
      fields: { order: "A", name: "B", date: "C" },
      splitFields: { date: [2, 3, 4] },
      dateParts: { day: 2, month: 3, year: 4 },
      unmapped: [],
    });
  });

  test("Ngày, Tháng, Năm as headers of their own, in any order; Thời gian over them, not merged", () => {
    expect([
      headerOf([["STT", "Họ và tên", "Đối tượng", "Năm", "Tháng", "Ngày"]]),
      headerOf([["STT", "Họ và tên", "Thời gian", null, null], [null, null, "Ngày", "Tháng", "Năm"]], ["A1:A2", "B1:B2"]),
    ]).toStrictEqual([
      { rows: [1, 1], fields: { order: "A", name: "B", kind: "C", date: "D" }, splitFields: { date: [3, 4, 5] }, dateParts: { day: 5, month: 4, year: 3 }, unmapped: [] },
      { rows: [1, 2], fields: { order: "A", name: "B", date: "C" }, splitFields: { date: [2, 3, 4] }, dateParts: { day: 2, month: 3, year: 4 }, unmapped: [] },
    ]);
  });

  test("Ngày tháng năm sinh over the three parts is a birth date: its year read first; beside a registration date of its own", () => {
    expect(
      headerOf(
        [
          ["STT", "Họ và tên", "Ngày", "Tháng", "Năm", "Ngày tháng năm sinh", null, null],
          [null, null, null, null, null, "Ngày", "Tháng", "Năm"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1"],
      ),
    ).toStrictEqual({
      rows: [1, 2],
      fields: { order: "A", name: "B", date: "C", birthYear: "F" },
      splitFields: { date: [2, 3, 4], birthYear: [7, 5, 6] },
      dateParts: { day: 2, month: 3, year: 4 },
      unmapped: [],
    });
  });

  test("not a date's parts: a second Ngày | Tháng | Năm when the list has its date already, parts under another header, Năm sinh over Nam | Nữ", () => {
    expect([
      headerOf([["STT", "Họ và tên", "Ngày đăng ký", "Ngày", "Tháng", "Năm"]]),
      headerOf([["STT", "Họ và tên", "Quyết định khen thưởng", null, null], [null, null, "Ngày", "Tháng", "Năm"]], ["A1:A2", "B1:B2", "C1:E1"])?.dateParts,
      headerOf([["STT", "Họ và tên", "Năm sinh", null], [null, null, "Nam", "Nữ"]], ["A1:A2", "B1:B2", "C1:D1"])?.splitFields,
    ]).toStrictEqual([
      {
        rows: [1, 1],
        fields: { order: "A", name: "B", date: "C" },
        splitFields: {},
        dateParts: undefined,
        unmapped: [{ column: "D", header: "Ngày" }, { column: "E", header: "Tháng" }, { column: "F", header: "Năm" }],
      },
      undefined,
      { birthYear: [2, 3] },
    ]);
  });
});

describe("readDatePartsCell", () => {
  const parts = { day: 0, month: 1, year: 2 };
  test.each<[string, CellScalar[], CellScalar]>([
    ["numbers", [5, 11, 2024], "5/11/2024"],
    ["text with leading zeros", ["05", "11", "2024"], "05/11/2024"],
    ["a day that does not exist, as written", ["31", "04", "2024"], "31/04/2024"],
    ["all blank", [null, "", " "], null],
    ["a whole date typed in the day's cell", ["15/11/2024", null, null], "15/11/2024"],
    ["a date cell in the day's column", [utcDate(2024, 11, 15), null, null], utcDate(2024, 11, 15)],
    ["the day missing", [null, 11, 2024], "/11/2024"],
    ["only a year", [null, null, 2024], "//2024"],
  ])("%s", (_label, row, expected) => {
    expect(readDatePartsCell(row, parts)).toStrictEqual(expected);
  });
});

describe("readListSheet and the check: dates over three cells", () => {
  const rows: CellScalar[][] = [
    ["STT", "Họ và tên", "Đối tượng", "Ngày đăng ký", null, null],
    [null, null, null, "Ngày", "Tháng", "Năm"],
    [1, "Nguyễn Văn Hùng", "CN", 5, 11, 2024],
    [2, "Đinh Thị Hoa", "CN", "31", "04", "2024"],
    [3, "Lò Văn Pọm", "CN", null, 11, 2024],
    [4, "Hà Thị Mai", "CN", 1, 2, 24],
    [5, "Vi Văn Tú", "CN", null, null, null],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:F1"];

  test("each row's date and the cell the date check sees", () => {
    const list = readList(rows, merges);
    expect(list.items.map((i) => [i.nomination.row, i.nomination.date, i.dateCell])).toStrictEqual([
      [3, "05/11/2024", "5/11/2024"],
      [4, undefined, "31/04/2024"],
      [5, undefined, "/11/2024"],
      [6, "01/02/2024", "1/2/24"],
      [7, undefined, null],
    ]);
  });

  test("a day/month/year that is no date: cell/date-format at the day's cell, with the text as written", () => {
    const report = checkWorkbook({ file: "Xa_Hoa_Binh.xlsx", sheets: [makeSheet("DS", rows, { merges })] }, plan);
    expect(report.sheets[0]?.findings.filter((f) => f.code.startsWith("cell/date")).map(({ message: _m, ...f }) => f)).toStrictEqual([
      { code: "cell/date-format", severity: "error", sheet: "DS", row: 4, column: "D", cell: "D4", ruleId: "date", expected: "dd/mm/yyyy", actual: "31/04/2024" },
      { code: "cell/date-format", severity: "error", sheet: "DS", row: 5, column: "D", cell: "D5", ruleId: "date", expected: "dd/mm/yyyy", actual: "/11/2024" },
    ]);
  });
});
