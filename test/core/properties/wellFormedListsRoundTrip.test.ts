import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { findBuiltinPlan, listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryWellFormedList } from "../../helpers/arbitraryTables";

/**
 * A list written the way offices write it — title rows of any height, the dictionary's header
 * phrases in any order and case, maybe a row of column numbers and a signature block — gives back
 * exactly the nominees it was made from.
 */

const planIds = listBuiltinPlans().map((p) => p.id);

describe("well-formed lists round-trip", () => {
  test("exactly the N generated nominees, names and kinds, whatever the column order and title height", () => {
    fc.assert(
      fc.property(arbitraryWellFormedList, fc.constantFrom(...planIds), ({ sheet, nominees, layout }, planId) => {
        const plan = findBuiltinPlan(planId);
        if (!plan) throw new Error(`no plan ${planId}`);
        const report = checkWorkbook({ file: "Xa_Hoa_Binh.xlsx", sheets: [sheet] }, plan);
        const lists = report.sheets.map((s) => ({ headerRow: s.headerRow, nominees: s.nominations.map((n) => ({ name: n.name, kind: n.kind })) }));
        expect({ skipped: report.skippedSheets, lists }).toStrictEqual({ skipped: [], lists: [{ headerRow: layout.titleHeight + 1, nominees }] });
      }),
      { numRuns: 200, seed: 17 },
    );
  });
});
