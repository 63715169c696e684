import { checkMissingCriterionColumns } from "../../../src/core/checks/checkMissingCriterionColumns";
import { HOA_BINH_COLUMNS, makeNomination, makeTestPlan } from "../../helpers/sheets";

const plan = makeTestPlan();

describe("checkMissingCriterionColumns", () => {
  test("a criterion that applies to rows but has no column: one warning for the sheet, not one per row", () => {
    const rows = [8, 9, 10].map((row) => makeNomination({ row, name: `Người ${row}`, movement: "nong-thon-moi" }));
    expect(checkMissingCriterionColumns(rows, plan, "Danh sách", HOA_BINH_COLUMNS)).toStrictEqual([
      { code: "sheet/missing-criterion-column", severity: "warning", sheet: "Danh sách", ruleId: "ntm-ca-nhan", expected: "Tiêu chí nông thôn mới (cá nhân)" },
    ]);
  });

  test("criteria that apply to no row, and a sheet without rows, need no column", () => {
    const rows = [makeNomination({ row: 8, name: "Thôn Na", kind: "tap_the", kindText: "TT", movement: "nong-thon-moi" })];
    expect([checkMissingCriterionColumns(rows, plan, "Danh sách", HOA_BINH_COLUMNS), checkMissingCriterionColumns([], plan, "Danh sách", { fields: {}, criteria: {}, metrics: {} })]).toStrictEqual([[], []]);
  });

  test("a rising criterion needs its figures' columns", () => {
    const rows = [makeNomination({ row: 7, name: "HTX Chè", kind: "tap_the", kindText: "TT", movement: "doanh-nghiep-hoi-nhap" })];
    expect(checkMissingCriterionColumns(rows, plan, "DN", HOA_BINH_COLUMNS)).toStrictEqual([
      { code: "sheet/missing-criterion-column", severity: "warning", sheet: "DN", ruleId: "loi-nhuan-tang", expected: "Lợi nhuận tăng so với năm trước" },
    ]);
  });

  test("a criterion whose column is optional: nothing said when the sheet has no column for it", () => {
    const optional = makeTestPlan((p) => ({ ...p, criteria: (p.criteria ?? []).map((c) => (c.id === "ntm-ca-nhan" ? { ...c, column: "optional" } : c)) }));
    const rows = [8, 9, 10].map((row) => makeNomination({ row, name: `Người ${row}`, movement: "nong-thon-moi" }));
    const explicit = makeTestPlan((p) => ({ ...p, criteria: (p.criteria ?? []).map((c) => (c.id === "ntm-ca-nhan" ? { ...c, column: "required" } : c)) }));
    expect([checkMissingCriterionColumns(rows, optional, "Danh sách", HOA_BINH_COLUMNS), checkMissingCriterionColumns(rows, explicit, "Danh sách", HOA_BINH_COLUMNS)]).toStrictEqual([
      [],
      [{ code: "sheet/missing-criterion-column", severity: "warning", sheet: "Danh sách", ruleId: "ntm-ca-nhan", expected: "Tiêu chí nông thôn mới (cá nhân)" }],
    ]);
  });
});
