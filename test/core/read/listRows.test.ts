import type { CellScalar } from "../../../src/core/model";
import { isEndOfList, isTotalRow, readGroupRowKind } from "../../../src/core/read/listRows";
import { toMatchKey } from "../../../src/core/text/normalize";

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
