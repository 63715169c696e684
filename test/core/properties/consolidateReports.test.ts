import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { CheckReport } from "../../../src/core/check/report";
import { consolidateReports } from "../../../src/core/consolidate/consolidate";
import type { Consolidation } from "../../../src/core/consolidate/types";
import type { Plan } from "../../../src/core/plan/schema";
import { findBuiltinPlan, listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryWellFormedList, type WellFormedList } from "../../helpers/arbitraryTables";

/**
 * Consolidating many units' reports loses nothing and counts nothing twice: the totals are the
 * sums of the units, every nomination of every report is one entry or, when the unit sent it
 * through another source too, a copy listed in "Trùng lặp", and the order the reports come in
 * does not matter.
 */

const planIds = listBuiltinPlans().map((p) => p.id);
const UNITS = ["Xã Hòa Bình", "Xã Tân Lập", "Phường Bồ Đề", "Thị trấn Mường Thanh", "Phòng Nội vụ", "xã hòa bình"];
const FILES = ["Xa_Hoa_Binh.xlsx", "Xa_Tan_Lap.xlsx", "Tong_hop.xlsx"];

interface UnitInput {
  list: WellFormedList;
  unit: string | undefined;
  file: string;
  year: number | undefined;
}

/** Several units' lists for one plan, some sharing a unit, a file name or a year. */
const arbitraryInputs = fc.record({
  planId: fc.constantFrom(...planIds),
  units: fc.array(
    fc.record({ list: arbitraryWellFormedList, unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }), file: fc.constantFrom(...FILES), year: fc.option(fc.constantFrom(2023, 2024, 2025), { nil: undefined }) }),
    { maxLength: 6 },
  ),
});

const checkUnits = (planId: string, units: readonly UnitInput[]): { plan: Plan; reports: CheckReport[] } => {
  const plan = findBuiltinPlan(planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  const reports = units.map(({ list, unit, file, year }) => checkWorkbook({ file, sheets: [list.sheet] }, plan, { ...(unit !== undefined ? { unit } : {}), ...(year !== undefined ? { year } : {}) }));
  return { plan, reports };
};

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const sumRecords = (records: readonly Record<string, number>[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
};
const canonical = (values: readonly unknown[]): string[] => values.map((v) => JSON.stringify(v)).sort();

const totalsOfUnits = (c: Consolidation, plan: Plan) => ({
  rows: sum(c.units.map((u) => u.rows)),
  validRows: sum(c.units.map((u) => u.validRows)),
  byKind: { ...Object.fromEntries(["ca_nhan", "tap_the", "ho_gia_dinh", ...plan.subjectKinds].map((k) => [k, 0])), ...sumRecords(c.units.map((u) => u.byKind)) },
  byTopic: sumRecords(c.units.map((u) => u.byTopic)),
});

describe("consolidateReports over random reports", () => {
  test("totals are the sums of the units, and every nomination is one entry, or a copy of one listed as not counted", () => {
    fc.assert(
      fc.property(arbitraryInputs, ({ planId, units }) => {
        const { plan, reports } = checkUnits(planId, units);
        const c = consolidateReports(plan, reports, []);
        const nominations = reports.flatMap((r) => r.sheets.flatMap((s) => s.nominations.map(({ valid, ...n }) => ({ n, valid }))));
        const entries = canonical(c.entries.map((e) => ({ n: e.nomination, valid: e.valid })));
        const left = [...canonical(nominations)];
        for (const e of entries) left.splice(left.indexOf(e), 1);
        const copies = c.duplicates.flatMap((d) => d.occurrences.filter((o) => !o.counted));
        expect({
          totals: c.totals,
          validRows: c.entries.filter((e) => e.valid).length,
          notAnInput: entries.filter((e) => !canonical(nominations).includes(e)),
          copies: copies.length,
        }).toStrictEqual({
          totals: totalsOfUnits(c, plan),
          validRows: c.totals.validRows,
          notAnInput: [],
          copies: left.length,
        });
      }),
      { numRuns: 100, seed: 19 },
    );
  });

  test("the order in which the reports come does not change the consolidation", () => {
    fc.assert(
      fc.property(
        arbitraryInputs.chain(({ planId, units }) => fc.tuple(fc.constant(planId), fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }))),
        ([planId, units, shuffled]) => {
          const { plan, reports } = checkUnits(planId, units);
          expect(consolidateReports(plan, checkUnits(planId, shuffled).reports, [])).toStrictEqual(consolidateReports(plan, reports, []));
        },
      ),
      { numRuns: 100, seed: 23 },
    );
  });
});
