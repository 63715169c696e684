import type { ColumnMap } from "../../../src/core/check/report";
import { checkFieldAndMovement } from "../../../src/core/checks/checkFieldAndMovement";
import { makeNomination, makeRowContext } from "../../helpers/sheets";

const COLUMNS: ColumnMap = { fields: { name: "B", field: "D", movement: "E" }, criteria: {}, metrics: {} };

describe("checkFieldAndMovement", () => {
  test("a field or movement the plan does not name is a warning (it may be a new wording)", () => {
    const n = makeNomination({ row: 8, name: "A", fieldText: "Thể dục thể thao", movementText: "Phong trào lạ" });
    expect(checkFieldAndMovement(makeRowContext(n, { columns: COLUMNS }))).toStrictEqual([
      { code: "cell/unknown-field", severity: "warning", sheet: "Danh sách", row: 8, column: "D", cell: "D8", ruleId: "field", actual: "Thể dục thể thao" },
      { code: "cell/unknown-movement", severity: "warning", sheet: "Danh sách", row: 8, column: "E", cell: "E8", ruleId: "movement", actual: "Phong trào lạ" },
    ]);
  });

  test("names and aliases of either list are known, whichever column they are in", () => {
    const n = makeNomination({ row: 8, name: "A", fieldText: "Vì người nghèo", movementText: "Giáo dục" });
    const m = makeNomination({ row: 9, name: "B", fieldText: "giao duc va dao tao", movementText: "Phong trào Nông thôn mới" });
    expect([n, m].flatMap((x) => checkFieldAndMovement(makeRowContext(x, { columns: COLUMNS })))).toStrictEqual([]);
  });
});
