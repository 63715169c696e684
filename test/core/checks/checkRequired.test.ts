import { checkRequired } from "../../../src/core/checks/checkRequired";
import { makeNomination, makeRowContext } from "../../helpers/sheets";

describe("checkRequired", () => {
  test("a row without a name and without a kind: both cells, with the row the user sees", () => {
    const n = makeNomination({ row: 12, name: "", kind: null, kindText: "" });
    expect(checkRequired(makeRowContext(n))).toStrictEqual([
      { code: "cell/required", severity: "error", sheet: "Danh sách", row: 12, column: "B", cell: "B12", ruleId: "name" },
      { code: "cell/required", severity: "error", sheet: "Danh sách", row: 12, column: "C", cell: "C12", ruleId: "kind" },
    ]);
  });

  test("a kind given by a group row above is enough", () => {
    const n = makeNomination({ row: 9, name: "Thôn Đồng Tâm", kind: "tap_the", kindText: "" });
    expect(checkRequired(makeRowContext(n, { kindFromGroup: true }))).toStrictEqual([]);
  });

  test("without a kind column the finding points at the row", () => {
    const n = makeNomination({ row: 4, name: "Lò Văn Pọm", kind: null, kindText: "" });
    expect(checkRequired(makeRowContext(n, { columns: { fields: { name: "A" }, criteria: {}, metrics: {} } }))).toStrictEqual([
      { code: "cell/required", severity: "error", sheet: "Danh sách", row: 4, ruleId: "kind" },
    ]);
  });
});
