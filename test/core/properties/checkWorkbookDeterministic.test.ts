import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport } from "../../../src/core/check/report";
import { findBuiltinPlan, listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryWorkbook, withDatesAsTimes } from "../../helpers/arbitraryTables";

/** A check depends only on its input: run twice, or with the tabs in another order, it says the same, and it leaves the input as it was. */

const planIds = listBuiltinPlans().map((p) => p.id);
const check = (workbook: Parameters<typeof checkWorkbook>[0], planId: string): CheckReport => {
  const plan = findBuiltinPlan(planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  return checkWorkbook(workbook, plan);
};
const bySheet = (a: { sheet: string }, b: { sheet: string }): number => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0);
const perSheet = (r: CheckReport) => ({ sheets: [...r.sheets].sort(bySheet), skipped: [...r.skippedSheets].sort(bySheet), summary: r.summary });

describe("checkWorkbook is deterministic", () => {
  test("the same workbook twice gives the same report, and the workbook is not changed", () => {
    fc.assert(
      fc.property(arbitraryWorkbook, fc.constantFrom(...planIds), (workbook, planId) => {
        const before = withDatesAsTimes(workbook);
        const first = check(workbook, planId);
        const second = check(workbook, planId);
        expect({ report: second, input: withDatesAsTimes(workbook) }).toStrictEqual({ report: first, input: before });
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  test("a shuffled order of the sheets gives the same report for each sheet", () => {
    fc.assert(
      fc.property(
        arbitraryWorkbook.chain((workbook) => fc.tuple(fc.constant(workbook), fc.shuffledSubarray(workbook.sheets, { minLength: workbook.sheets.length, maxLength: workbook.sheets.length }))),
        fc.constantFrom(...planIds),
        ([workbook, shuffled], planId) => {
          expect(perSheet(check({ ...workbook, sheets: shuffled }, planId))).toStrictEqual(perSheet(check(workbook, planId)));
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
