import { describeCitationStatus } from "../../src/core/plan/planStatus";
import { buildNewPlan } from "../../src/plans/newPlan";

/**
 * A new plan for 2026–2030 at commune or province level: two levels of local government since
 * 01/7/2025, the texts in force cited with the dates a source gives (Luật 06/2022/QH15 of
 * 15/6/2022 as Kế hoạch 64/KH-UBND cites it; NĐ 152/2025/NĐ-CP of 14/6/2025 in force from 01/7/2025
 * and TT 15/2025/TT-BNV of 04/8/2025, as the field notes record them), and nothing invented: no
 * number, no date of issue, no quota.
 */

const TODAY = new Date(Date.UTC(2026, 11, 6));

describe("buildNewPlan", () => {
  test.each(["xa", "tinh"] as const)("%s: a 2026–2030 plan with blanks for the officer", (level) => {
    const plan = buildNewPlan(level);
    expect({
      id: plan.id,
      number: plan.number,
      date: plan.date ?? null,
      issuer: plan.issuer,
      level: plan.level,
      period: plan.period,
      levels: plan.levels.map((l) => l.id),
      rules: [plan.criteria.length, plan.quotas.length, plan.deadlines.length, plan.fields.length, plan.movements.length],
    }).toStrictEqual({
      id: `ke-hoach-${level}-2026-2030`,
      number: "…/KH-UBND",
      date: null,
      issuer: level === "xa" ? "Ủy ban nhân dân xã …" : "Ủy ban nhân dân tỉnh …",
      level,
      period: { from: "01/01/2026", to: "31/12/2030" },
      levels: ["co-so", "xa", "tinh", "trung-uong"],
      rules: [0, 0, 0, 0, 0],
    });
  });

  test("cites the texts in force, dated only where a source dates them, none repealed", () => {
    const plan = buildNewPlan("xa");
    expect(plan.legalBasis.map((c) => [c.ref, c.issued ?? null, c.validFrom ?? null, describeCitationStatus(c, TODAY).state])).toStrictEqual([
      ["Luật Thi đua, khen thưởng số 06/2022/QH15", "15/06/2022", null, "unknown"],
      ["Nghị định số 152/2025/NĐ-CP", "14/06/2025", "01/07/2025", "in-force"],
      ["Thông tư số 15/2025/TT-BNV", "04/08/2025", null, "unknown"],
      ["Nghị định số 30/2020/NĐ-CP", null, null, "unknown"],
    ]);
  });

  test("tells the officer what to fill in", () => {
    expect(buildNewPlan("tinh").notes[0]).toBe(
      "Kế hoạch mới cấp tỉnh giai đoạn 2026 - 2030: ghi tên tỉnh, thành phố thay cho “…” ở Cơ quan ban hành và Trích yếu, số kế hoạch thay cho “…” ở Số kế hoạch, và ngày ban hành khi đã ký.",
    );
  });
});
