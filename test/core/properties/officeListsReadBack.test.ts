import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { findBuiltinPlan, listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryOfficeList } from "../../helpers/officeLists";

/**
 * Lists from offices never seen: whatever the title block, header, groups, encoding and whatever
 * lies under the table, exactly the nominees written are read back, each with its unit, the
 * sheet's unit in its usual case with where its name came from, and every unit judged.
 */

const plans = listBuiltinPlans();

describe("office-like lists read back", () => {
  test.each(plans.map((p) => p.id))("%s: exactly the nominees, with their units; the sheet's unit and its source; every unit judged", (planId) => {
    const plan = findBuiltinPlan(planId);
    if (!plan) throw new Error(`no plan ${planId}`);
    const hasUnitQuotas = plan.quotas.some((q) => q.scope.level === "unit");
    fc.assert(
      fc.property(arbitraryOfficeList(plan), (list) => {
        const report = checkWorkbook(list.workbook, plan, list.registry.length > 0 ? { units: list.registry } : {});
        const sheets = report.sheets.map((s) => ({
          unit: s.unit,
          unitSource: s.unitSource,
          nominees: s.nominations.map((n) => ({ name: n.name, kind: n.kind, unit: n.unit })),
          // Every unit judged: quotas counted for it, or a notice saying why none are.
          judged: !hasUnitQuotas || s.quotas.some((q) => q.scope === s.unit) || s.findings.some((f) => f.code === "unit/unknown-kind" || f.code === "unit/no-quota"),
        }));
        expect({ skipped: report.skippedSheets, sheets }).toStrictEqual({ skipped: [], sheets: [{ unit: list.unit, unitSource: list.unitSource, nominees: list.nominees, judged: true }] });
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
