import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { UnitInfo } from "../../../src/core/check/report";
import type { CellScalar } from "../../../src/core/model";
import { makeSheet, makeTestPlan } from "../../helpers/sheets";

/**
 * checkWorkbook hands the units registry (`--units`, the pane's registry) to the reader: a group
 * row naming a unit only as the registry knows it ("I. Hòa Bình", no kind word) gives the rows
 * below that unit, in the registry's spelling; without the registry it gives none.
 */

const plan = makeTestPlan();
const REGISTRY: UnitInfo[] = [
  { name: "Xã Hòa Bình", kind: "xa", kindText: "Xã", staff: 20 },
  { name: "Xã Tân Lập", kind: "xa", kindText: "Xã", staff: 18 },
];
const ROWS: CellScalar[][] = [
  ["STT", "Họ và tên", "Đối tượng", "Chức vụ"],
  ["I. Hòa Bình"],
  [1, "Lò Văn Pọm", "Cá nhân", "Trưởng thôn"],
  ["II. TÂN LẬP"],
  [1, "Đinh Thị Hoa", "Cá nhân", "Hội viên"],
];

const unitsOfRows = (units?: UnitInfo[]) =>
  checkWorkbook({ file: "Cum_xa.xlsx", sheets: [makeSheet("DS", ROWS)] }, plan, units ? { units } : {}).sheets.flatMap((s) => s.nominations.map((n) => [n.name, n.unit]));

it("a registry-only unit name on a group row gives the rows below that unit", () => {
  expect(unitsOfRows(REGISTRY)).toStrictEqual([
    ["Lò Văn Pọm", "Xã Hòa Bình"],
    ["Đinh Thị Hoa", "Xã Tân Lập"],
  ]);
});

it("without the registry the same rows take the sheet's unit", () => {
  const units = unitsOfRows();
  expect(units.map(([name]) => name)).toStrictEqual(["Lò Văn Pọm", "Đinh Thị Hoa"]);
  expect(new Set(units.map(([, unit]) => unit)).size).toBe(1);
});
