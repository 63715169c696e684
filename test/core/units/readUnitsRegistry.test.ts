import { readUnitsRegistry } from "../../../src/core/units/readUnitsRegistry";
import { resolveUnitKind } from "../../../src/core/units/resolveUnitKind";
import { makeSheet, makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();

describe("readUnitsRegistry", () => {
  test("name, kind and staff, staff written as a number or as text; the kind from the name when the column is blank", () => {
    const sheet = makeSheet("Đơn vị", [
      ["DANH SÁCH ĐƠN VỊ"],
      ["STT", "Tên đơn vị", "Loại đơn vị", "Tổng số CBCCVC, người lao động"],
      ["(1)", "(2)", "(3)", "(4)"],
      [1, "Xã Hòa Bình", "Xã", 20],
      [2, "Phòng Nội vụ", "Phòng, ban", "41"],
      [3, "Thị trấn Mường Thanh", null, null],
    ]);
    expect(readUnitsRegistry({ file: "don-vi.xlsx", sheets: [makeSheet("Ghi chú", [["Cập nhật 01/2024"]]), sheet] }, plan)).toStrictEqual({
      ok: true,
      units: [
        { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
        { name: "Phòng Nội vụ", kind: "phong-ban", kindText: "Phòng, ban", staff: 41 },
        { name: "Thị trấn Mường Thanh", kind: "thi-tran", kindText: "", staff: null },
      ],
    });
  });

  test("a workbook without such a header says so", () => {
    expect(readUnitsRegistry({ file: "x.xlsx", sheets: [makeSheet("S", [["Họ và tên", "Đối tượng"]])] }, plan)).toStrictEqual({ ok: false, reason: "no-header" });
  });
});

describe("resolveUnitKind", () => {
  test("the plan's kinds and their aliases, else the product's defaults", () => {
    expect(["Xã Hòa Bình", "Phòng Nội vụ", "Ban Tuyên giáo", "Công ty TNHH Minh Phát", "Phường Bồ Đề", "Trường Tiểu học", "Thôn Na"].map((t) => resolveUnitKind(t, plan))).toStrictEqual([
      "xa", "phong-ban", "phong-ban", "doanh-nghiep", "phuong", "truong-hoc", null,
    ]);
  });
});
