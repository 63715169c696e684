import { doesQuotaCoverUnit, evaluateUnitQuotas } from "../../../src/core/quotas/evaluateUnitQuotas";
import { makeNomination, makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan((p) => ({
  ...p,
  quotas: [
    ...(p.quotas ?? []),
    { id: "ban-tuyen-giao-05", text: "Ban Tuyên giáo: 05 hằng năm", scope: { level: "unit", units: ["Ban Tuyên giáo Huyện ủy"] }, period: "year", bound: { min: 5 } },
    { id: "huyen-20", text: "Cấp huyện: 20", scope: { level: "plan" }, period: "plan", bound: { min: 20 } },
  ],
}));

describe("evaluateUnitQuotas", () => {
  test("quotas cover a unit by its kind or by its name (without regard to marks); plan-level quotas never", () => {
    const covering = (name: string, kind: string | null) => plan.quotas.filter((q) => doesQuotaCoverUnit(q, { name, kind, staff: null }, plan)).map((q) => q.id);
    expect([covering("Xã Hòa Bình", "xa"), covering("Phòng Nội vụ", "phong-ban"), covering("Ban Tuyen giao Huyen uy", null), covering("Hội Nông dân", null)]).toStrictEqual([
      ["xa-01-04"], ["phong-ban-5-phan-tram"], ["ban-tuyen-giao-05"], [],
    ]);
  });

  test("a commune with no rows falls short of its 01–04", () => {
    expect(evaluateUnitQuotas(plan, { name: "Xã Tân Lập", kind: "xa", staff: 18 }, [], 2024)).toStrictEqual([
      { ruleId: "xa-01-04", text: "Mỗi xã từ 01 đến 04 điển hình", scope: "Xã Tân Lập", period: "Cả kỳ 2024–2025", required: 1, max: 4, actual: 0, registered: 0, shortfall: 1, excess: 0, met: false },
    ]);
  });

  test("a town's yearly ≥ 01 tập thể and ≥ 03 cá nhân", () => {
    const rows = [makeNomination({ row: 8, name: "Tổ dân phố 1", kind: "tap_the", kindText: "TT", date: "05/11/2024" }), makeNomination({ row: 9, name: "Lò Văn Pọm", date: "05/11/2024" })];
    expect(evaluateUnitQuotas(plan, { name: "Thị trấn Mường Thanh", kind: "thi-tran", staff: 25 }, rows, 2024)).toStrictEqual([
      {
        ruleId: "thi-tran-01-tt-03-cn", text: "Thị trấn: ít nhất 01 tập thể và 03 cá nhân mỗi năm", scope: "Thị trấn Mường Thanh", period: "Năm 2024",
        required: 4, actual: 2, registered: 2, shortfall: 2, excess: 0, met: false,
        byKind: { tap_the: { required: 1, actual: 1, shortfall: 0 }, ca_nhan: { required: 3, actual: 1, shortfall: 2 } },
      },
    ]);
  });
});
