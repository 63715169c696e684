import type { Nomination } from "../../../src/core/model";
import type { PlanInput } from "../../../src/core/plan/schema";
import { evaluateQuota } from "../../../src/core/quotas/evaluateQuota";
import { makeNomination, makeTestPlan } from "../../helpers/sheets";

/**
 * What a quota counts beyond its bound: rows dated after its deadline apart (a yearly one in the
 * list's year, a fixed one only in its own year), only the rows marked in its flag columns, and —
 * left uncapped — the rows a unit sends for a movement it leads.
 */

type Row = Nomination & { valid?: boolean };
type QuotaInput = NonNullable<PlanInput["quotas"]>[number];

const planWith = (quota: QuotaInput, extra: Partial<PlanInput> = {}) => {
  const plan = makeTestPlan((p) => ({ ...p, ...extra, quotas: [quota] }));
  const q = plan.quotas[0];
  if (!q) throw new Error("no quota");
  return { plan, quota: q };
};
const row = (n: number, extra: Partial<Row> = {}): Row => ({ ...makeNomination({ row: n, name: `Người ${n}` }), ...extra });
const subject = (year: number | null = 2024, scope = "Ban Tuyên giáo") => ({ scope, staff: null, year });
const pick = (r: { actual: number; registered: number; late?: unknown; uncapped?: unknown; excess: number; met: boolean | null }) => ({
  actual: r.actual,
  registered: r.registered,
  late: r.late ?? null,
  uncapped: r.uncapped ?? null,
  excess: r.excess,
  met: r.met,
});

describe("a quota's deadline", () => {
  test("yearly (10/04): rows of the list's year dated after it are counted apart as late", () => {
    const { plan, quota } = planWith({ id: "05-truoc-10-4", text: "05 trước 10/4 hằng năm", scope: { level: "unit" }, period: "year", bound: { min: 2 }, deadline: "10/04" });
    const rows = [row(8, { date: "01/04/2024" }), row(9, { date: "10/04/2024" }), row(10, { date: "11/04/2024" }), row(11, { date: "20/12/2023" })];
    expect(evaluateQuota(quota, plan, rows, subject()).map(pick)).toStrictEqual([{ actual: 2, registered: 3, late: { count: 1, deadline: "10/04" }, uncapped: null, excess: 0, met: true }]);
  });

  test("fixed (12/11/2024): late only for rows of its own year", () => {
    const { plan, quota } = planWith({ id: "truoc-12-11", text: "Trước 12/11/2024", scope: { level: "unit" }, period: "plan", bound: { min: 1 }, deadline: "12/11/2024" });
    const rows = [row(8, { date: "20/12/2024" }), row(9, { date: "05/03/2025" })];
    expect(evaluateQuota(quota, plan, rows, subject()).map(pick)).toStrictEqual([{ actual: 1, registered: 2, late: { count: 1, deadline: "12/11/2024" }, uncapped: null, excess: 0, met: true }]);
  });
});

describe("a quota's flags", () => {
  test("only rows marked yes in every flag column count", () => {
    const { plan, quota } = planWith(
      { id: "sach-02", text: "02 cho sách", scope: { level: "plan", flags: ["sach"] }, period: "plan", bound: { min: 2 } },
      { flags: [{ id: "sach", name: "Đưa vào sách" }] },
    );
    const rows = [row(8, { marks: { sach: "x" } }), row(9, { marks: { sach: "" } }), row(10, { marks: {} }), row(11, { marks: { sach: "Có" } })];
    expect(evaluateQuota(quota, plan, rows, subject()).map(pick)).toStrictEqual([{ actual: 2, registered: 2, late: null, uncapped: null, excess: 0, met: true }]);
  });
});

describe("a unit's rows in a movement it leads", () => {
  const setup = () =>
    planWith(
      { id: "01-02", text: "Mỗi phòng: từ 01 đến 02", scope: { level: "unit", exceptHostedMovements: true }, period: "plan", bound: { min: 1, max: 2 } },
    );
  /** The test plan's movements, the new countryside led by Phòng Nông nghiệp. */
  const hostedPlan = () => {
    const { plan, quota } = setup();
    return { plan: { ...plan, movements: plan.movements.map((m) => (m.id === "nong-thon-moi" ? { ...m, hosts: ["Phòng Nông nghiệp"] } : m)) }, quota };
  };

  test("count, and are not held to the maximum", () => {
    const { plan, quota } = hostedPlan();
    const rows = [1, 2, 3, 4].map((n) => row(n, { movement: "nong-thon-moi" }));
    expect(evaluateQuota(quota, plan, rows, subject(2024, "Phòng Nông nghiệp huyện")).map(pick)).toStrictEqual([{ actual: 4, registered: 4, late: null, uncapped: 4, excess: 0, met: true }]);
  });

  test("another unit's rows in the same movement are held to it", () => {
    const { plan, quota } = hostedPlan();
    const rows = [1, 2, 3].map((n) => row(n, { movement: "nong-thon-moi" }));
    expect(evaluateQuota(quota, plan, rows, subject(2024, "Phòng Y tế")).map(pick)).toStrictEqual([{ actual: 3, registered: 3, late: null, uncapped: null, excess: 1, met: false }]);
  });
});
