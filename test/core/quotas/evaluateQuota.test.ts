import type { Nomination } from "../../../src/core/model";
import type { PlanInput } from "../../../src/core/plan/schema";
import { evaluateQuota } from "../../../src/core/quotas/evaluateQuota";
import { makeNomination, makeTestPlan } from "../../helpers/sheets";

type Row = Nomination & { valid?: boolean };
type QuotaInput = NonNullable<PlanInput["quotas"]>[number];

const planWith = (quota: QuotaInput) => {
  const plan = makeTestPlan((p) => ({ ...p, quotas: [quota] }));
  const q = plan.quotas[0];
  if (!q) throw new Error("no quota");
  return { plan, quota: q };
};
const row = (n: number, extra: Partial<Row> = {}): Row => ({ ...makeNomination({ row: n, name: `Người ${n}` }), ...extra });
const subject = (staff: number | null = null, year: number | null = 2024) => ({ scope: "Xã Hòa Bình", staff, year });

describe("evaluateQuota", () => {
  test("at least N: only rows without errors count", () => {
    const { plan, quota } = planWith({ id: "it-nhat-02", text: "Ít nhất 02", scope: { level: "unit" }, period: "plan", bound: { min: 2 } });
    expect(evaluateQuota(quota, plan, [row(8), row(9, { valid: false })], subject())).toStrictEqual([
      { ruleId: "it-nhat-02", text: "Ít nhất 02", scope: "Xã Hòa Bình", period: "Cả kỳ 2024–2025", required: 2, actual: 1, registered: 2, shortfall: 1, excess: 0, met: false },
    ]);
  });

  test("N to M: every registered row counts against the maximum, valid or not", () => {
    const { plan, quota } = planWith({ id: "01-04", text: "Từ 01 đến 04", scope: { level: "unit" }, period: "plan", bound: { min: 1, max: 4 } });
    const rows = [row(8), row(9), row(10), row(11), row(12, { valid: false })];
    expect(evaluateQuota(quota, plan, rows, subject())).toStrictEqual([
      { ruleId: "01-04", text: "Từ 01 đến 04", scope: "Xã Hòa Bình", period: "Cả kỳ 2024–2025", required: 1, max: 4, actual: 4, registered: 5, shortfall: 0, excess: 1, met: false },
    ]);
  });

  test("at least P % of staff, rounded up: 5 % of 41 is 3, of 40 is 2", () => {
    const { plan, quota } = planWith({ id: "5-phan-tram", text: "5% CBCCVC", scope: { level: "unit" }, period: "year", bound: { percentOfStaff: 5 } });
    const rows = [row(8, { date: "05/11/2024" }), row(9, { date: "05/11/2024" })];
    expect([...evaluateQuota(quota, plan, rows, subject(41)), ...evaluateQuota(quota, plan, rows, subject(40))]).toStrictEqual([
      { ruleId: "5-phan-tram", text: "5% CBCCVC", scope: "Xã Hòa Bình", period: "Năm 2024", required: 3, actual: 2, registered: 2, shortfall: 1, excess: 0, met: false },
      { ruleId: "5-phan-tram", text: "5% CBCCVC", scope: "Xã Hòa Bình", period: "Năm 2024", required: 2, actual: 2, registered: 2, shortfall: 0, excess: 0, met: true },
    ]);
  });

  test("unknown staff: not judged, and says what is missing", () => {
    const { plan, quota } = planWith({ id: "5-phan-tram", text: "5% CBCCVC", scope: { level: "unit" }, period: "year", bound: { percentOfStaff: 5 } });
    expect(evaluateQuota(quota, plan, [row(8)], subject(null))).toStrictEqual([
      { ruleId: "5-phan-tram", text: "5% CBCCVC", scope: "Xã Hòa Bình", period: "Năm 2024", required: null, actual: 1, registered: 1, shortfall: 0, excess: 0, met: null, missing: "số CBCCVC, người lao động của đơn vị" },
    ]);
  });

  test("per kind: at least 01 collective and 03 individuals", () => {
    const { plan, quota } = planWith({ id: "01-tt-03-cn", text: "≥ 01 tập thể, 03 cá nhân", scope: { level: "unit" }, period: "plan", bound: { perKind: { tap_the: 1, ca_nhan: 3 } } });
    const rows = [row(8, { kind: "tap_the" }), row(9), row(10), row(11, { valid: false })];
    expect(evaluateQuota(quota, plan, rows, subject())).toStrictEqual([
      {
        ruleId: "01-tt-03-cn", text: "≥ 01 tập thể, 03 cá nhân", scope: "Xã Hòa Bình", period: "Cả kỳ 2024–2025", required: 4, actual: 3, registered: 4, shortfall: 1, excess: 0, met: false,
        byKind: { tap_the: { required: 1, actual: 1, shortfall: 0 }, ca_nhan: { required: 3, actual: 2, shortfall: 1 } },
      },
    ]);
  });

  test("per quarter: one result for each quarter of the reporting year inside the plan's period", () => {
    const { plan, quota } = planWith({ id: "moi-quy", text: "Mỗi quý 01", scope: { level: "unit" }, period: "quarter", bound: { min: 1 } });
    const rows = [row(8, { date: "15/02/2024" }), row(9, { date: "20/05/2024" }), row(10, { date: "10/08/2024", valid: false }), row(11, { date: "10/08/2023" })];
    const base = { ruleId: "moi-quy", text: "Mỗi quý 01", scope: "Xã Hòa Bình", required: 1, excess: 0 };
    expect(evaluateQuota(quota, plan, rows, subject())).toStrictEqual([
      { ...base, period: "Quý I/2024", actual: 1, registered: 1, shortfall: 0, met: true },
      { ...base, period: "Quý II/2024", actual: 1, registered: 1, shortfall: 0, met: true },
      { ...base, period: "Quý III/2024", actual: 0, registered: 1, shortfall: 1, met: false },
      { ...base, period: "Quý IV/2024", actual: 0, registered: 0, shortfall: 1, met: false },
    ]);
  });

  test("per quarter without a reporting year: not judged, and says the year is missing", () => {
    const { plan, quota } = planWith({ id: "moi-quy", text: "Mỗi quý 01", scope: { level: "unit" }, period: "quarter", bound: { min: 1 } });
    expect(evaluateQuota(quota, plan, [row(8)], subject(null, null))).toStrictEqual([
      { ruleId: "moi-quy", text: "Mỗi quý 01", scope: "Xã Hòa Bình", period: "Theo quý", required: null, actual: 0, registered: 0, shortfall: 0, excess: 0, met: null, missing: "năm báo cáo (ghi trong tiêu đề danh sách, hoặc chọn năm báo cáo)" },
    ]);
  });

  test("per year: rows dated in the year and undated rows count, rows of another year do not", () => {
    const { plan, quota } = planWith({ id: "hang-nam-02", text: "Hằng năm 02", scope: { level: "unit" }, period: "year", bound: { min: 2 } });
    const rows = [row(8, { date: "05/11/2024" }), row(9), row(10, { date: "05/11/2025" })];
    expect(evaluateQuota(quota, plan, rows, subject())).toStrictEqual([
      { ruleId: "hang-nam-02", text: "Hằng năm 02", scope: "Xã Hòa Bình", period: "Năm 2024", required: 2, actual: 2, registered: 2, shortfall: 0, excess: 0, met: true },
    ]);
  });

  test("per movement, counting only the kinds the quota names", () => {
    const { plan, quota } = planWith({
      id: "moi-phong-trao", text: "Mỗi phong trào 01 tập thể", scope: { level: "plan", movements: ["nong-thon-moi", "vi-nguoi-ngheo"] },
      groupBy: "movement", kinds: ["tap_the"], period: "plan", bound: { min: 1 },
    });
    const rows = [row(8, { kind: "tap_the", movement: "nong-thon-moi" }), row(9, { movement: "vi-nguoi-ngheo" })];
    const base = { ruleId: "moi-phong-trao", text: "Mỗi phong trào 01 tập thể", scope: "Huyện", period: "Cả kỳ 2024–2025", required: 1, excess: 0 };
    expect(evaluateQuota(quota, plan, rows, { scope: "Huyện", staff: null, year: 2024 })).toStrictEqual([
      { ...base, group: "Cả nước chung sức xây dựng nông thôn mới", actual: 1, registered: 1, shortfall: 0, met: true },
      { ...base, group: "Vì người nghèo - Không để ai bị bỏ lại phía sau", actual: 0, registered: 0, shortfall: 1, met: false },
    ]);
  });
});
