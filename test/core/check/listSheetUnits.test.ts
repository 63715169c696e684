import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { consolidateReports } from "../../../src/core/consolidate/consolidate";
import { makeSheet, makeTestPlan } from "../../helpers/sheets";

/** Every unit a sheet's rows belong to, with where its name came from: the title, a group row, a unit column. */

const plan = makeTestPlan();
const HEADER = ["STT", "Họ và tên", "Đối tượng", "Ngày đăng ký"];

describe("the units of a sheet and where their names came from", () => {
  test("a cluster's list: rows before any group are the title's unit (the commune under its district), each group row names its own", () => {
    const sheet = makeSheet("DS", [
      ["UBND HUYỆN MƯỜNG THANH"],
      ["UBND XÃ HÒA BÌNH"],
      HEADER,
      [1, "Lò Văn Pọm", "CN", "05/11/2024"],
      ["I. THÔN XUÂN THƯỢNG"],
      [2, "Nguyễn Văn Hùng", "CN", "05/11/2024"],
      ["II. Trạm Y tế xã Tân Lập"],
      [3, "Đinh Thị Hoa", "CN", "05/11/2024"],
      [4, "Lê Thị Mai", "CN", "05/11/2024"],
    ]);
    const report = checkWorkbook({ file: "Cum_3.xlsx", sheets: [sheet] }, plan);
    expect(report.sheets.map((s) => ({ unit: s.unit, unitSource: s.unitSource, units: s.units, rowUnits: s.nominations.map((n) => n.unit) }))).toStrictEqual([
      {
        unit: "Xã Hòa Bình",
        unitSource: "title",
        units: [
          { name: "Xã Hòa Bình", source: "title", kind: "xa", rows: 1 },
          { name: "Thôn Xuân Thượng", source: "group", kind: null, rows: 1 },
          { name: "Trạm Y tế xã Tân Lập", source: "group", kind: null, rows: 2 },
        ],
        rowUnits: ["Xã Hòa Bình", "Thôn Xuân Thượng", "Trạm Y tế xã Tân Lập", "Trạm Y tế xã Tân Lập"],
      },
    ]);
    const c = consolidateReports(plan, [report], []);
    expect(c.units.map((u) => [u.unit, u.unitSource, u.rows])).toStrictEqual([
      ["Thôn Xuân Thượng", "group", 1],
      ["Trạm Y tế xã Tân Lập", "group", 2],
      ["Xã Hòa Bình", "title", 1],
    ]);
  });

  test("a unit column spelled as the title and the registry spell units: 'UBND xã Tân Lập' is 'Xã Tân Lập'", () => {
    const sheet = makeSheet("DS", [["UBND XÃ HÒA BÌNH"], ["Họ và tên", "Đối tượng", "Đơn vị"], ["Lò Văn Pọm", "CN", "UBND xã Tân Lập"], ["Nguyễn Văn Hùng", "CN", null]]);
    const report = checkWorkbook({ file: "Xa_Hoa_Binh.xlsx", sheets: [sheet] }, plan);
    expect(report.sheets.map((s) => s.units)).toStrictEqual([
      [
        { name: "Xã Tân Lập", source: "column", kind: "xa", rows: 1 },
        { name: "Xã Hòa Bình", source: "title", kind: "xa", rows: 1 },
      ],
    ]);
  });
});
