import type { ColumnMap } from "../../../src/core/check/report";
import { checkRising } from "../../../src/core/checks/checkRising";
import { makeNomination, makeRowContext } from "../../helpers/sheets";

const COLUMNS: ColumnMap = { fields: { name: "B", kind: "C" }, criteria: {}, metrics: { "loi-nhuan": { 2023: "F", 2024: "G" } } };
const enterprise = (row: number, before: number | null, now: number | null, extra: { kind?: "tap_the" | "ca_nhan"; movement?: string } = {}) =>
  makeNomination({
    row,
    name: `Doanh nghiệp ${row}`,
    kind: extra.kind ?? "tap_the",
    kindText: "Tập thể",
    movement: extra.movement ?? "doanh-nghiep-hoi-nhap",
    figures: { "loi-nhuan": { 2023: before, 2024: now } },
  });

describe("checkRising", () => {
  test("the cooperative whose profit fell 400 → 380 fails; equal fails; rising passes", () => {
    const rows = [enterprise(7, 400, 380), enterprise(8, 500, 500), enterprise(9, 1250.5, 1300)];
    expect(rows.flatMap((n) => checkRising(makeRowContext(n, { columns: COLUMNS })))).toStrictEqual([
      { code: "cell/rising", severity: "error", sheet: "Danh sách", row: 7, column: "G", cell: "G7", ruleId: "loi-nhuan-tang", expected: "> 400 (năm 2023)", actual: "380 (năm 2024)" },
      { code: "cell/rising", severity: "error", sheet: "Danh sách", row: 8, column: "G", cell: "G8", ruleId: "loi-nhuan-tang", expected: "> 500 (năm 2023)", actual: "500 (năm 2024)" },
    ]);
  });

  test("a missing figure is asked for in its own cell", () => {
    expect(checkRising(makeRowContext(enterprise(10, null, 300), { columns: COLUMNS }))).toStrictEqual([
      { code: "cell/required", severity: "error", sheet: "Danh sách", row: 10, column: "F", cell: "F10", ruleId: "loi-nhuan-tang", expected: "số liệu năm 2023", actual: "" },
    ]);
  });

  test("an individual, or a collective in another movement, is not held to it", () => {
    const rows = [enterprise(11, 400, 380, { kind: "ca_nhan" }), enterprise(12, 400, 380, { movement: "nong-thon-moi" })];
    expect(rows.flatMap((n) => checkRising(makeRowContext(n, { columns: COLUMNS })))).toStrictEqual([]);
  });
});
