import type { UnitInfo } from "../../../src/core/check/report";
import { resolveSheetUnit } from "../../../src/core/check/resolveSheetUnit";
import type { CellScalar } from "../../../src/core/model";
import { makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();
const REGISTRY: UnitInfo[] = [
  { name: "Phường Bồ Đề", kind: "phuong", kindText: "Phường", staff: 30 },
  { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
  { name: "Phòng Nội vụ", kind: "phong-ban", kindText: "Phòng, ban", staff: 41 },
];
const TITLE: CellScalar[][] = [["UBND HUYỆN MƯỜNG THANH"], ["UBND XÃ HÒA BÌNH"], ["DANH SÁCH NĂM 2024"]];

const resolve = (input: { option?: string; rows?: CellScalar[][]; column?: string[]; file?: string; sheet?: string; many?: boolean; registry?: UnitInfo[] }) =>
  resolveSheetUnit({
    option: input.option,
    rows: input.rows ?? [],
    headerRow: (input.rows ?? []).length,
    unitColumnValues: input.column ?? [],
    file: input.file ?? "Book1.xlsx",
    sheet: input.sheet ?? "Sheet1",
    preferSheetName: input.many ?? false,
    plan,
    registry: input.registry ?? REGISTRY,
  });

describe("resolveSheetUnit", () => {
  test("the user's choice wins, in the registry's spelling, with its kind and staff", () => {
    expect(resolve({ option: "phong noi vu", rows: TITLE })).toStrictEqual({ name: "Phòng Nội vụ", source: "option", kind: "phong-ban", staff: 41 });
  });

  test("then the title line closest to the list", () => {
    expect(resolve({ rows: TITLE, file: "Phuong_Bo_De.xlsx" })).toStrictEqual({ name: "Xã Hòa Bình", source: "title", kind: "xa", staff: 20 });
  });

  test("then the most common value of the unit column", () => {
    expect(resolve({ column: ["Xã Tân Lập", "Xã Tân Lập", "Trường Tiểu học Tân Lập"] })).toStrictEqual({ name: "Xã Tân Lập", source: "column", kind: "xa", staff: null });
  });

  test("a unit column whose rows name many units (a consolidated list, workplaces) does not name the sheet's unit", () => {
    expect(resolve({ column: ["Xã Hòa Bình", "Xã Tân Lập", "Phòng Nội vụ"], file: "Phong_Noi_vu.xlsx" })).toStrictEqual({ name: "Phòng Nội vụ", source: "file", kind: "phong-ban", staff: 41 });
  });

  test("a blank form sent back under the unit's file name: the placeholders are passed over", () => {
    expect(resolve({ rows: [["UBND ……………"], ["ĐƠN VỊ: ……………"]], file: "Xa_Hoa_Binh.xlsx" })).toStrictEqual({ name: "Xã Hòa Bình", source: "file", kind: "xa", staff: 20 });
  });

  test("then the file name, its marks restored by the registry", () => {
    expect([resolve({ file: "Phuong_Bo_De.xlsx" }), resolve({ file: "Phuong Bo De - DS 2024 (2).xlsx" })]).toStrictEqual([
      { name: "Phường Bồ Đề", source: "file", kind: "phuong", staff: 30 },
      { name: "Phường Bồ Đề", source: "file", kind: "phuong", staff: 30 },
    ]);
  });

  test("in a workbook of many lists, the tab's name comes before the file's", () => {
    expect(resolve({ file: "Cum_xa.xlsx", sheet: "Xã Hòa Bình", many: true })).toStrictEqual({ name: "Xã Hòa Bình", source: "sheet", kind: "xa", staff: 20 });
  });

  test("without a registry, a unit named in capitals is written in its usual case, TCVN3 capitals typed in .VnTime too", () => {
    const rows = (line: string): CellScalar[][] => [["UBND QUẬN LONG BIÊN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [line]];
    expect([resolve({ rows: rows("UBND PHƯỜNG NGỌC THỤY"), registry: [] }), resolve({ rows: rows("UBND PHƯờNG NGọC THụY"), file: "Phuong_Viet_Hung.xlsx", registry: [] })]).toStrictEqual([
      { name: "Phường Ngọc Thụy", source: "title", kind: "phuong", staff: null },
      { name: "Phường Ngọc Thụy", source: "title", kind: "phuong", staff: null },
    ]);
  });

  test("anything written in the sheet comes before the file's unmarked name: the tab's name when it names a unit", () => {
    expect([
      resolve({ sheet: "PHƯỜNG NGỌC THỤY", file: "Phuong_Viet_Hung.xlsx", registry: [] }),
      resolve({ sheet: "DS Trạm Y tế 2024", file: "Phuong_Viet_Hung.xlsx", registry: [] }),
      resolve({ sheet: "Quý I", file: "Phuong_Viet_Hung.xlsx", registry: [] }),
    ]).toStrictEqual([
      { name: "Phường Ngọc Thụy", source: "sheet", kind: "phuong", staff: null },
      { name: "Trạm Y tế", source: "sheet", kind: null, staff: null },
      { name: "Phường Viet Hung", source: "file", kind: "phuong", staff: null },
    ]);
  });

  test("a tab named for a unit the registry knows by its place alone names it", () => {
    expect(resolve({ sheet: "Hòa Bình", file: "Cum_xa.xlsx" })).toStrictEqual({ name: "Xã Hòa Bình", source: "sheet", kind: "xa", staff: 20 });
  });

  test("a unit the registry does not know keeps the name found, its kind from its first words", () => {
    expect(resolve({ rows: [["UBND THỊ TRẤN MƯỜNG THANH"]], registry: [] })).toStrictEqual({ name: "Thị trấn Mường Thanh", source: "title", kind: "thi-tran", staff: null });
  });
});
