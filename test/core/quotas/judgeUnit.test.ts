import { doesQuotaCoverUnit, evaluateUnitQuotas } from "../../../src/core/quotas/evaluateUnitQuotas";
import { judgeUnit } from "../../../src/core/quotas/judgeUnit";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
import { makeNomination, makeTestPlan } from "../../helpers/sheets";

const thuongNinh = findBuiltinPlan("thuong-ninh-2023-2025");
if (!thuongNinh) throw new Error("no plan");

/** The test plan, its phòng/ban quota addressing "các phòng, ban, đơn vị" generically. */
const generic = makeTestPlan((p) => ({
  ...p,
  quotas: (p.quotas ?? []).map((q) => (q.id === "phong-ban-5-phan-tram" ? { ...q, scope: { ...q.scope, otherUnits: true } } : q)),
}));

describe("quotas that address units generically (scope.otherUnits)", () => {
  test("cover every unit no unit quota names by kind or name: another kind, or a kind that cannot be told; not a kind another quota names", () => {
    const covering = (name: string, kind: string | null) => generic.quotas.filter((q) => doesQuotaCoverUnit(q, { name, kind, staff: null }, generic)).map((q) => q.id);
    expect([
      covering("Trạm Y tế xã Tân Lập", null), covering("Trường THCS Hòa Bình", "truong-hoc"), covering("Xã Hòa Bình", "xa"), covering("Phòng Nội vụ", "phong-ban"),
    ]).toStrictEqual([["phong-ban-5-phan-tram"], ["phong-ban-5-phan-tram"], ["xa-01-04"], ["phong-ban-5-phan-tram"]]);
  });

  test("Thượng Ninh: the health station, whose kind the plan does not list, owes one a quarter as the villages do", () => {
    const rows = [1, 4, 7, 10].map((month, i) => makeNomination({ row: 8 + i, name: `Nhân viên ${i}`, date: `15/${String(month).padStart(2, "0")}/2024` }));
    const results = evaluateUnitQuotas(thuongNinh, { name: "Trạm Y tế xã Thượng Ninh", kind: null, staff: null }, rows, 2024);
    expect(results.map((q) => [q.ruleId, q.period, q.actual, q.met])).toStrictEqual([
      ["moi-quy-toi-thieu-01", "Quý I/2024", 1, true], ["moi-quy-toi-thieu-01", "Quý II/2024", 1, true],
      ["moi-quy-toi-thieu-01", "Quý III/2024", 1, true], ["moi-quy-toi-thieu-01", "Quý IV/2024", 1, true],
    ]);
  });
});

describe("judgeUnit: every unit judged", () => {
  test.each<[string, { name: string; kind: string | null }, ReturnType<typeof judgeUnit>]>([
    ["a kind that cannot be told, counted by the generic quota", { name: "Trạm Y tế xã Thượng Ninh", kind: null }, { code: "unit/unknown-kind", unit: "Trạm Y tế xã Thượng Ninh", genericQuotas: ["moi-quy-toi-thieu-01"] }],
    ["a village, covered by its kind", { name: "Thôn Xuân Thượng", kind: "thon" }, null],
  ])("Thượng Ninh: %s", (_label, unit, expected) => {
    expect(judgeUnit(thuongNinh, { ...unit, staff: null })).toStrictEqual(expected);
  });

  test.each<[string, { name: string; kind: string | null }, ReturnType<typeof judgeUnit>]>([
    ["a kind that cannot be told, no generic quota", { name: "Trạm Y tế xã Tân Lập", kind: null }, { code: "unit/unknown-kind", unit: "Trạm Y tế xã Tân Lập", genericQuotas: [] }],
    ["a school: a kind no quota is meant for", { name: "Trường THCS Hòa Bình", kind: "truong-hoc" }, { code: "unit/no-quota", unit: "Trường THCS Hòa Bình", kind: "truong-hoc" }],
    ["a commune", { name: "Xã Hòa Bình", kind: "xa" }, null],
  ])("the test plan: %s", (_label, unit, expected) => {
    expect(judgeUnit(makeTestPlan(), { ...unit, staff: null })).toStrictEqual(expected);
  });

  test("a plan without unit quotas has nothing to say of any unit", () => {
    const nhonHung = findBuiltinPlan("nhon-hung-2024");
    if (!nhonHung) throw new Error("no plan");
    expect(judgeUnit(nhonHung, { name: "Trạm Y tế", kind: null, staff: null })).toBeNull();
  });
});
