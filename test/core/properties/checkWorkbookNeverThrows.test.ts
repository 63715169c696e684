import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryWorkbook, findDates } from "../../helpers/arbitraryTables";

/**
 * Whatever an adapter hands over — hostile text, invalid dates, NaN, garbage merges, legacy fonts,
 * ragged, hidden, empty or many sheets — a check returns a report, and the report is plain JSON.
 */

const plans = listBuiltinPlans();

describe("checkWorkbook on arbitrary workbooks", () => {
  test("never throws, with every built-in plan, and the report survives JSON unchanged and holds no Date", () => {
    fc.assert(
      fc.property(arbitraryWorkbook, (workbook) => {
        for (const plan of plans) {
          const report = checkWorkbook(workbook, plan);
          expect({ plan: plan.id, dates: findDates(report), json: JSON.parse(JSON.stringify(report)) as unknown }).toStrictEqual({ plan: plan.id, dates: [], json: report });
        }
      }),
      { numRuns: 150, seed: 20241105 },
    );
  });
});
