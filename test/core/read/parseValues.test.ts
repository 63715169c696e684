import type { CellScalar } from "../../../src/core/model";
import { findYearInText, isYesMark, parseDateCell, parseNumberCell, parseSubjectKind } from "../../../src/core/read/parseValues";
import { utcDate } from "../../helpers/sheets";

describe("parseNumberCell: numbers as Vietnamese sheets write them", () => {
  test.each<[CellScalar, number | null]>([
    [2000, 2000],
    ["2.000", 2000],
    ["2.000.000", 2000000],
    ["1.250,5", 1250.5],
    ["2,5", 2.5],
    ["18 500", 18500],
    ["2,000", 2000],
    [" 380 ", 380],
    ["-15", -15],
    ["1.200 triệu đồng", 1200],
    ["950 tr.đ", 950],
    ["2.000.000đ", 2000000],
    ["(50)", -50],
    ["1,2 tỷ", null],
    ["", null],
    ["hai nghìn", null],
    [null, null],
  ])("%j → %j", (v, expected) => {
    expect(parseNumberCell(v)).toBe(expected);
  });
});

describe("parseDateCell", () => {
  test.each<[CellScalar, Date | null | "invalid"]>([
    ["05/11/2024", utcDate(2024, 11, 5)],
    ["5/11/2024", utcDate(2024, 11, 5)],
    ["5-11-24", utcDate(2024, 11, 5)],
    ["05.11.2024", utcDate(2024, 11, 5)],
    ["2024-11-05", utcDate(2024, 11, 5)],
    ["05/11/2024 08:30", utcDate(2024, 11, 5)],
    [45601, utcDate(2024, 11, 5)],
    [utcDate(2024, 11, 5), utcDate(2024, 11, 5)],
    ["31/02/2024", "invalid"],
    ["Tháng 11/2024", "invalid"],
    [12, "invalid"],
    ["", null],
    [null, null],
  ])("%j", (v, expected) => {
    expect(parseDateCell(v)).toStrictEqual(expected);
  });
});

describe("parseSubjectKind and isYesMark", () => {
  test("kinds and their abbreviations", () => {
    expect(["Cá nhân", "CN", "Tập thể", "TT", "Hộ gia đình", "HGĐ", "hgd", "Cá nhân (nữ)", "Giáo viên", ""].map(parseSubjectKind)).toStrictEqual([
      "ca_nhan", "ca_nhan", "tap_the", "tap_the", "ho_gia_dinh", "ho_gia_dinh", "ho_gia_dinh", "ca_nhan", null, null,
    ]);
  });

  test("x, ✓, Đạt, Có mean met; blank, Không and a dash do not", () => {
    const marks: CellScalar[] = ["x", "X", "✓", "√", "Đạt", "đạt", "Có", "co", true, 1, "", null, "Không", "-", "Chưa đạt", 0];
    expect(marks.map(isYesMark)).toStrictEqual([true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false]);
  });

  test("a year named in a title", () => {
    expect(["DANH SÁCH NĂM 2024", "giai đoạn 2021 - 2025", "Số 12/2024/QĐ", "Năm sinh"].map(findYearInText)).toStrictEqual([2024, 2021, 2024, null]);
  });
});
