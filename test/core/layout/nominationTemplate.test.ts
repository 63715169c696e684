import { buildNominationTemplate } from "../../../src/core/layout/nominationTemplate";
import type { Layout } from "../../../src/core/layout/types";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";

/** The header row of a template (row 7, or row 8 under a group) and its dropdowns. */
const headersOf = (layout: Layout): string[] =>
  layout.columnWidths.map((_w, i) => {
    const col = i + 1;
    const below = layout.cells.find((c) => c.row === 8 && c.col === col)?.value;
    return String(below ?? layout.cells.find((c) => c.row === 7 && c.col === col)?.value ?? "");
  });

const planOf = (id: string) => {
  const plan = findBuiltinPlan(id);
  if (!plan) throw new Error(`no plan ${id}`);
  return plan;
};

describe("buildNominationTemplate", () => {
  it("asks for the level proposed to, with the plan's levels as a dropdown, when the plan's quotas count by it", () => {
    const layout = buildNominationTemplate(planOf("long-bien-2023-2025"), 2024);
    const headers = headersOf(layout);
    const at = headers.indexOf("Cấp đề nghị");
    expect(headers.slice(at - 1, at + 2)).toStrictEqual(["Ngày đăng ký", "Cấp đề nghị", "Ghi chú"]);
    const letter = String.fromCharCode(65 + at);
    expect(layout.validations?.find((v) => v.range.startsWith(letter))).toStrictEqual({ range: `${letter}10:${letter}39`, values: ["Cấp cơ sở", "Cấp phường", "Cấp quận", "Cấp thành phố"] });
  });

  it("has no such column for a plan whose quotas do not count by level", () => {
    expect(headersOf(buildNominationTemplate(planOf("tua-chua-2021-2025"), 2024))).not.toContain("Cấp đề nghị");
  });
});
