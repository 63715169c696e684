import type { CellScalar } from "../../../src/core/model";
import { hasAtMostTwoDistinctTexts, isTotalRow, listDistinctTexts, readGroupLabel, readGroupRowKind } from "../../../src/core/read/listRows";
import { isEndOfList } from "../../../src/core/read/signatureBlock";
import { toMatchKey } from "../../../src/core/text/normalize";
import { utcDate } from "../../helpers/sheets";

describe("readGroupRowKind", () => {
  test.each<[string, CellScalar[], ReturnType<typeof readGroupRowKind>]>([
    ["I. TẬP THỂ", ["I. TẬP THỂ"], "tap_the"],
    ["merged: the label in every cell", ["II. CÁ NHÂN", "II. CÁ NHÂN", "II. CÁ NHÂN"], "ca_nhan"],
    ["numeral in its own cell", ["III", "Hộ gia đình tiêu biểu (02)"], "ho_gia_dinh"],
    ["letter lead", ["A. Các tập thể"], "tap_the"],
    ["no lead", [null, "CÁ NHÂN"], "ca_nhan"],
    ["a group naming no kind", ["I. Khối phường"], null],
    ["a nominee whose surname is Vi", ["Vi Văn Hải", "Cá nhân"], "not-group"],
    ["a collective nominee alone on its row", [null, "Tập thể lớp 5A"], "not-group"],
    ["a data row", [1, "Nguyễn Văn Hùng", "CN"], "not-group"],
    ["a numbered row whose name is not a kind", [1, "Nguyễn Văn Hùng"], "not-group"],
  ])("%s", (_label, row, expected) => {
    expect(readGroupRowKind(row)).toBe(expected);
  });
});

describe("readGroupLabel", () => {
  test.each<[string, CellScalar[], ReturnType<typeof readGroupLabel>]>([
    ["a roman numeral and a unit", ["I. Xã Hòa Bình"], { kind: null, label: "Xã Hòa Bình", style: "roman", form: "group" }],
    ["a letter and a kind", ["A. TẬP THỂ"], { kind: "tap_the", label: "TẬP THỂ", style: "letter", form: "group" }],
    ["a number and a label in one cell: a group only if it names a unit", ["1. Phường Bồ Đề"], { kind: null, label: "Phường Bồ Đề", style: "digit", form: "numbered" }],
    ["a number and a kind", ["1. Tập thể"], { kind: "tap_the", label: "Tập thể", style: "digit", form: "group" }],
    ["a small letter and a kind", ["b) Cá nhân"], { kind: "ca_nhan", label: "Cá nhân", style: "small", form: "group" }],
    ["a small letter and a label", ["a) Trường Tiểu học Na Sang"], { kind: null, label: "Trường Tiểu học Na Sang", style: "small", form: "numbered" }],
    ["no numeral", ["Đơn vị: Trường THCS Tân Lập"], { kind: null, label: "Đơn vị: Trường THCS Tân Lập", style: "none", form: "none" }],
    ["a label in two cells", [null, "Đơn vị:", "Phòng Nội vụ"], { kind: null, label: "Đơn vị: Phòng Nội vụ", style: "none", form: "none" }],
    ["a number in its own cell is a nominee's", [1, "Phường Bồ Đề"], null],
    ["a numbered label beside other data is a nominee's", ["1. Phường Bồ Đề", "TT"], null],
    ["three texts", [1, "Tổ dân phố số 3", "TT"], null],
  ])("%s", (_label, row, expected) => {
    expect(readGroupLabel(listDistinctTexts(row))).toStrictEqual(expected);
  });
});

test("hasAtMostTwoDistinctTexts reads a row as the list of its distinct texts would", () => {
  const rows: CellScalar[][] = [
    [], [null, " "], ["I. Xã Hòa Bình"], ["A", "A", "A"], ["I", "Xã Hòa Bình", "Xã Hòa Bình"], [1, "1", " 1 "], [1, "Tổ dân phố số 3", "TT"], ["x", null, "y", "x", "z"],
    [utcDate(2024, 11, 5), "05/11/2024"], [true, "TRUE", false],
  ];
  expect(rows.map(hasAtMostTwoDistinctTexts)).toStrictEqual(rows.map((r) => listDistinctTexts(r).length <= 2));
});

describe("isEndOfList and isTotalRow", () => {
  test.each<[string, CellScalar[], boolean]>([
    ["place and date", [null, null, "Hòa Bình, ngày 06 tháng 11 năm 2024"], true],
    ["Người lập biểu and TM. UBND", [null, "Người lập biểu", null, "TM. ỦY BAN NHÂN DÂN"], true],
    ["CHỦ TỊCH alone", [null, null, "CHỦ TỊCH"], true],
    ["Nơi nhận", ["Nơi nhận:"], true],
    ["a numbered nominee who is Chủ tịch", [3, "Đinh Thị Hoa", "CN", "Chủ tịch Hội Phụ nữ xã"], false],
    ["a nominee without number whose position is long", [null, "Đinh Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Hòa Bình nhiệm kỳ 2021 - 2026"], false],
  ])("end of list: %s", (_label, row, expected) => {
    expect(isEndOfList(row, 0)).toBe(expected);
  });

  test("total rows, but not names that begin like them", () => {
    expect(["Tổng cộng", "Cộng", "Tổng", "Tổng số: 05", "Cộng 5", "Cộng đồng dân cư thôn Na", "Tổng đội Thanh niên xung phong"].map((t) => isTotalRow(toMatchKey(t)))).toStrictEqual([
      true, true, true, true, true, false, false,
    ]);
  });
});
