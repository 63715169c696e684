/**
 * The one place the Sheets add-on calls the core's use cases: check a sheet, consolidate the
 * spreadsheet's tabs, lay out the consolidated sheets. Written against the core directly until the
 * workflow layer (issue 10) is on main; switching to it changes this file alone.
 */
import { checkWorkbook } from "../../core/check/checkWorkbook";
import type { CheckOptions, CheckReport } from "../../core/check/report";
import { consolidateReports } from "../../core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../../core/consolidate/consolidationLayouts";
import type { Consolidation } from "../../core/consolidate/types";
import { buildListAppendix, type ListEntry } from "../../core/layout/listAppendix";
import { buildPlanAppendix } from "../../core/layout/planAppendix";
import type { Layout } from "../../core/layout/types";
import type { QuotaResult, WorkbookValues } from "../../core/model";
import type { Plan } from "../../core/plan/schema";
import { SHEETS_MESSAGES, SheetsUserError } from "./messages";

export type RunOptions = CheckOptions;

export const checkSheets = (workbook: WorkbookValues, plan: Plan, options: RunOptions): CheckReport => checkWorkbook(workbook, plan, options);

/** The tabs of one spreadsheet as the units' lists; refuses, as the command does, when not one list was read. */
export function consolidateSheets(workbook: WorkbookValues, plan: Plan, options: RunOptions): Consolidation {
  const report = checkWorkbook(workbook, plan, options);
  const unreadable = report.sheets.length === 0 && report.skippedSheets.length === 0 ? [{ file: workbook.file, sheet: null, reason: SHEETS_MESSAGES.noSheets }] : [];
  const consolidation = consolidateReports(plan, [report], unreadable, { ...(options.units ? { units: options.units } : {}), ...(options.year ? { year: options.year } : {}) });
  if (consolidation.entries.length === 0 && report.sheets.length === 0) {
    const reasons = consolidation.skipped.map((s) => `${s.sheet ?? s.file}: ${s.reason}`).join("; ");
    throw new SheetsUserError(SHEETS_MESSAGES.noListInWorkbook(workbook.file, reasons));
  }
  return consolidation;
}

export const layOutConsolidation = (c: Consolidation, plan: Plan): Layout[] => buildConsolidationLayouts(c, plan);

/** What an appendix is made of: the plan's table (with the consolidated quotas, if any) or the valid nominees. */
export type AppendixRequest =
  | { kind: "plan"; quotas?: QuotaResult[] }
  | { kind: "list"; groupBy: "unit" | "field"; entries: ListEntry[] };

/** Phụ lục as the pane makes it for its download: the plan's table, or the list of valid nominees. */
export function layOutAppendix(plan: Plan, request: AppendixRequest): Layout {
  if (request.kind === "plan") {
    if (!plan.appendix) throw new SheetsUserError(SHEETS_MESSAGES.noPlanAppendix(plan.title));
    return buildPlanAppendix(plan, request.quotas);
  }
  if (request.entries.length === 0) throw new SheetsUserError(SHEETS_MESSAGES.listNeedsData);
  return buildListAppendix(plan, request.entries, { groupBy: request.groupBy });
}

/** The consolidation in the shape `dienhinh consolidate --json` prints (src/cli/commands/consolidate.ts). */
export const toConsolidationJson = (c: Consolidation, output: string) => ({
  plan: c.plan,
  scope: c.scope,
  year: c.year,
  units: c.units,
  totals: c.totals,
  quotas: c.quotas,
  duplicates: c.duplicates,
  skipped: c.skipped,
  output,
});
