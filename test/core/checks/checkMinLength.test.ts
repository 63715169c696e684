import { checkMinLength } from "../../../src/core/checks/checkMinLength";
import { HOA_BINH_COLUMNS, makeNomination, makeRowContext, makeTestPlan } from "../../helpers/sheets";

describe("checkMinLength", () => {
  test("the summary of achievements the plan wants described: missing or too short is an error on its cell", () => {
    const plan = makeTestPlan((p) => ({
      ...p,
      criteria: [{ id: "tom-tat", label: "Tóm tắt thành tích", text: "Có tóm tắt thành tích.", group: "general", rule: { type: "minLength", field: "achievements", min: 20 } }],
    }));
    const rows = [
      makeNomination({ row: 8, name: "A", achievements: "Giúp 12 hộ thoát nghèo" }),
      makeNomination({ row: 9, name: "B", achievements: "Tốt" }),
      makeNomination({ row: 10, name: "C" }),
    ];
    expect(rows.flatMap((n) => checkMinLength(makeRowContext(n, { plan })))).toStrictEqual([
      { code: "cell/min-length", severity: "error", sheet: "Danh sách", row: 9, column: "F", cell: "F9", ruleId: "tom-tat", expected: 20, actual: 3 },
      { code: "cell/min-length", severity: "error", sheet: "Danh sách", row: 10, column: "F", cell: "F10", ruleId: "tom-tat", expected: 20, actual: 0 },
    ]);
  });

  test("an optional column: checked where the sheet has the column, nothing said where it has none", () => {
    const plan = makeTestPlan((p) => ({
      ...p,
      criteria: [{ id: "tom-tat", label: "Tóm tắt thành tích", text: "Có tóm tắt thành tích.", group: "general", rule: { type: "minLength", field: "achievements", min: 20 }, column: "optional" }],
    }));
    const row = makeNomination({ row: 9, name: "B", achievements: "Tốt" });
    const { achievements: _dropped, ...fieldsWithout } = HOA_BINH_COLUMNS.fields;
    expect([checkMinLength(makeRowContext(row, { plan })), checkMinLength(makeRowContext(row, { plan, columns: { ...HOA_BINH_COLUMNS, fields: fieldsWithout } }))]).toStrictEqual([
      [{ code: "cell/min-length", severity: "error", sheet: "Danh sách", row: 9, column: "F", cell: "F9", ruleId: "tom-tat", expected: 20, actual: 3 }],
      [],
    ]);
  });
});
