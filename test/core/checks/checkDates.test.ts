import { checkDateFormat, checkDateInPeriod, checkDateLate } from "../../../src/core/checks/checkDates";
import { makeNomination, makeRowContext, makeTestPlan, utcDate } from "../../helpers/sheets";

describe("checkDateFormat", () => {
  test("text that is not a date is an error; a date cell, a dd/mm/yyyy text and a blank are fine", () => {
    const findings = [["Tháng 11/2024", 8], [utcDate(2024, 11, 5), 9], ["05/11/2024", 10], [null, 11]].flatMap(([cell, row]) =>
      checkDateFormat(makeRowContext(makeNomination({ row: row as number, name: "A" }), { dateCell: cell as string | Date | null })),
    );
    expect(findings).toStrictEqual([
      { code: "cell/date-format", severity: "error", sheet: "Danh sách", row: 8, column: "K", cell: "K8", ruleId: "date", expected: "dd/mm/yyyy", actual: "Tháng 11/2024" },
    ]);
  });
});

describe("checkDateInPeriod", () => {
  test("a date before or after the plan's period is an error; the period's first and last days are inside", () => {
    const dates = ["31/12/2023", "01/01/2024", "31/12/2025", "01/01/2026"];
    const findings = dates.flatMap((date, i) => checkDateInPeriod(makeRowContext(makeNomination({ row: 8 + i, name: "A", date }))));
    expect(findings).toStrictEqual([
      { code: "cell/date-outside-period", severity: "error", sheet: "Danh sách", row: 8, column: "K", cell: "K8", ruleId: "period", expected: "01/01/2024 – 31/12/2025", actual: "31/12/2023" },
      { code: "cell/date-outside-period", severity: "error", sheet: "Danh sách", row: 11, column: "K", cell: "K11", ruleId: "period", expected: "01/01/2024 – 31/12/2025", actual: "01/01/2026" },
    ]);
  });
});

describe("checkDateLate", () => {
  test("dated after the fixed deadline 30/11/2024 is late; on the day is not", () => {
    const findings = ["30/11/2024", "01/12/2024"].flatMap((date, i) => checkDateLate(makeRowContext(makeNomination({ row: 8 + i, name: "A", date }))));
    expect(findings).toStrictEqual([
      { code: "cell/date-late", severity: "error", sheet: "Danh sách", row: 9, column: "K", cell: "K9", ruleId: "han-dang-ky", expected: "30/11/2024", actual: "01/12/2024" },
    ]);
  });

  test("a yearly deadline (31/01) falls in the list's year: a row dated in December before the list's year is early", () => {
    const plan = makeTestPlan((p) => ({ ...p, deadlines: [{ id: "hang-nam", text: "Trước ngày 31/01 hằng năm", date: "31/01", yearly: true, appliesToNominations: true }] }));
    const early = makeNomination({ row: 8, name: "A", date: "15/12/2024" });
    const late = makeNomination({ row: 9, name: "B", date: "15/02/2025" });
    expect([early, late].flatMap((n) => checkDateLate(makeRowContext(n, { plan, year: 2025 })))).toStrictEqual([
      { code: "cell/date-late", severity: "error", sheet: "Danh sách", row: 9, column: "K", cell: "K9", ruleId: "hang-nam", expected: "31/01/2025", actual: "15/02/2025" },
    ]);
  });

  test("deadlines that are not about nominations are not checked", () => {
    const plan = makeTestPlan((p) => ({ ...p, deadlines: [{ id: "ke-hoach", text: "Ban hành kế hoạch trước 30/06/2024", date: "30/06/2024", appliesToNominations: false }] }));
    expect(checkDateLate(makeRowContext(makeNomination({ row: 8, name: "A", date: "05/11/2024" }), { plan }))).toStrictEqual([]);
  });
});
