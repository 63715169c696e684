import type { ColumnMap } from "../../../src/core/check/report";
import { checkCriterionMarks } from "../../../src/core/checks/checkCriterionMarks";
import { HOA_BINH_COLUMNS, makeNomination, makeRowContext, makeTestPlan } from "../../helpers/sheets";

const WITH_SPECIFIC: ColumnMap = { ...HOA_BINH_COLUMNS, criteria: { ...HOA_BINH_COLUMNS.criteria, "ntm-ca-nhan": "M" } };
const marks = (g: string, h: string, i: string, j: string, m = "x") => ({ "chap-hanh": g, "hoan-thanh": h, "mo-hinh-moi": i, "tuong-than": j, "ntm-ca-nhan": m });

describe("checkCriterionMarks", () => {
  test("x, ✓, Đạt and Có meet the general criteria; blank and Không do not", () => {
    const met = makeNomination({ row: 8, name: "Nguyễn Văn Hùng", marks: marks("x", "✓", "Đạt", "Có") });
    const unmet = makeNomination({ row: 9, name: "Đinh Thị Hoa", marks: marks("x", "", "Không", "x") });
    expect([...checkCriterionMarks(makeRowContext(met)), ...checkCriterionMarks(makeRowContext(unmet))]).toStrictEqual([
      { code: "cell/criterion", severity: "error", sheet: "Danh sách", row: 9, column: "H", cell: "H9", ruleId: "hoan-thanh", expected: "x", actual: "" },
      { code: "cell/criterion", severity: "error", sheet: "Danh sách", row: 9, column: "I", cell: "I9", ruleId: "mo-hinh-moi", expected: "x", actual: "Không" },
    ]);
  });

  test("a specific criterion applies by kind and movement only", () => {
    const blank = marks("x", "x", "x", "x", "");
    const individualInMovement = makeNomination({ row: 8, name: "Lò Văn Pọm", movement: "nong-thon-moi", marks: blank });
    const collectiveInMovement = makeNomination({ row: 9, name: "Thôn Na", kind: "tap_the", kindText: "TT", movement: "nong-thon-moi", marks: blank });
    const individualElsewhere = makeNomination({ row: 10, name: "Đinh Thị Hoa", movement: "vi-nguoi-ngheo", marks: blank });
    const individualWithoutMovement = makeNomination({ row: 11, name: "Trần Thị Lan", marks: blank });
    const findings = [individualInMovement, collectiveInMovement, individualElsewhere, individualWithoutMovement].flatMap((n) =>
      checkCriterionMarks(makeRowContext(n, { columns: WITH_SPECIFIC })),
    );
    expect(findings).toStrictEqual([{ code: "cell/criterion", severity: "error", sheet: "Danh sách", row: 8, column: "M", cell: "M8", ruleId: "ntm-ca-nhan", expected: "x", actual: "" }]);
  });

  test("a specific criterion may apply by field (lĩnh vực)", () => {
    const plan = makeTestPlan((p) => ({
      ...p,
      criteria: [{ id: "giao-duc", label: "Tiêu chí giáo dục", text: "Giáo viên dạy giỏi.", group: "specific", appliesTo: { fields: ["giao-duc"] }, rule: { type: "mark" } }],
    }));
    const columns: ColumnMap = { fields: { name: "B", field: "D" }, criteria: { "giao-duc": "E" }, metrics: {} };
    const teacher = makeNomination({ row: 3, name: "Trần Thị Lan", field: "giao-duc", fieldText: "Giáo dục", marks: { "giao-duc": "" } });
    const farmer = makeNomination({ row: 4, name: "Lò Văn Pọm", marks: { "giao-duc": "" } });
    expect([teacher, farmer].flatMap((n) => checkCriterionMarks(makeRowContext(n, { plan, columns })))).toStrictEqual([
      { code: "cell/criterion", severity: "error", sheet: "Danh sách", row: 3, column: "E", cell: "E3", ruleId: "giao-duc", expected: "x", actual: "" },
    ]);
  });

  test("a criterion without a column gives no row finding (the sheet gets one warning instead)", () => {
    const n = makeNomination({ row: 8, name: "Lò Văn Pọm", movement: "nong-thon-moi", marks: marks("x", "x", "x", "x", "") });
    expect(checkCriterionMarks(makeRowContext(n))).toStrictEqual([]);
  });

  test("a value from an allowed list, compared without regard to case and marks", () => {
    const plan = makeTestPlan((p) => ({
      ...p,
      criteria: [{ id: "xep-loai", label: "Xếp loại", text: "Xếp loại Hoàn thành xuất sắc hoặc tốt nhiệm vụ.", group: "general", rule: { type: "oneOf", values: ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"] } }],
    }));
    const columns: ColumnMap = { fields: { name: "B" }, criteria: { "xep-loai": "E" }, metrics: {} };
    const good = makeNomination({ row: 3, name: "A", marks: { "xep-loai": "hoan thanh xuat sac nhiem vu" } });
    const bad = makeNomination({ row: 4, name: "B", marks: { "xep-loai": "Hoàn thành nhiệm vụ" } });
    expect([good, bad].flatMap((n) => checkCriterionMarks(makeRowContext(n, { plan, columns })))).toStrictEqual([
      { code: "cell/criterion", severity: "error", sheet: "Danh sách", row: 4, column: "E", cell: "E4", ruleId: "xep-loai", expected: "Hoàn thành xuất sắc nhiệm vụ; Hoàn thành tốt nhiệm vụ", actual: "Hoàn thành nhiệm vụ" },
    ]);
  });
});
