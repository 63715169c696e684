import { formatCitationStatus, formatPlanPeriod } from "../../../src/core/messages/planMessages";
import { describeCitationStatus, describePlanPeriod } from "../../../src/core/plan/planStatus";

/** Where a plan and its cited texts stand depends on the day asked about, given as an input. */

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const PERIOD = { period: { from: "01/01/2021", to: "31/12/2025" } };

describe("describePlanPeriod", () => {
  test("before, during, on its last day and after the period", () => {
    expect([day(2020, 12, 31), day(2023, 6, 1), day(2025, 12, 31), day(2026, 12, 6)].map((d) => describePlanPeriod(PERIOD, d).state)).toStrictEqual(["not-started", "running", "running", "ended"]);
  });

  test("said in one line with its dates", () => {
    expect(formatPlanPeriod(describePlanPeriod(PERIOD, day(2026, 12, 6)))).toBe("01/01/2021 – 31/12/2025, đã kết thúc");
  });
});

describe("describeCitationStatus", () => {
  const ND98 = { ref: "Nghị định số 98/2023/NĐ-CP", title: "Nghị định", issued: "31/12/2023", validUntil: "30/06/2025", replacedBy: "Nghị định 152/2025/NĐ-CP (14/6/2025)" };

  test("a text whose last day has passed is repealed from the day after, with what replaced it", () => {
    const status = describeCitationStatus(ND98, day(2026, 12, 6));
    expect([status, formatCitationStatus(status)]).toStrictEqual([
      { state: "repealed", since: "01/07/2025", replacedBy: "Nghị định 152/2025/NĐ-CP (14/6/2025)" },
      "hết hiệu lực từ 1/7/2025, thay bằng Nghị định 152/2025/NĐ-CP (14/6/2025)",
    ]);
  });

  test("the same text asked about in 2024 is still in force, to its last day", () => {
    expect(describeCitationStatus(ND98, day(2024, 3, 1))).toStrictEqual({ state: "ending", lastDay: "30/06/2025", replacedBy: "Nghị định 152/2025/NĐ-CP (14/6/2025)" });
  });

  test("replaced without a known date, in force from a known day, not yet in force, and nothing recorded", () => {
    expect(
      [
        { ref: "Thông tư số 01/2024/TT-BNV", title: "Thông tư", replacedBy: "Thông tư 15/2025/TT-BNV (04/8/2025)" },
        { ref: "Nghị định số 152/2025/NĐ-CP", title: "Nghị định", validFrom: "01/07/2025" },
        { ref: "Nghị định số 152/2025/NĐ-CP", title: "Nghị định", validFrom: "01/07/2025" },
        { ref: "Chỉ thị số 34-CT/TW", title: "Chỉ thị" },
      ].map((c, i) => formatCitationStatus(describeCitationStatus(c, i === 2 ? day(2025, 6, 20) : day(2026, 12, 6)))),
    ).toStrictEqual([
      "đã được thay bằng Thông tư 15/2025/TT-BNV (04/8/2025)",
      "đang có hiệu lực (từ 1/7/2025)",
      "chưa có hiệu lực (có hiệu lực từ 1/7/2025)",
      "kế hoạch không ghi tình trạng hiệu lực",
    ]);
  });
});
