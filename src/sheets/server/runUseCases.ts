/**
 * The one place the Sheets add-on calls the use cases: the workflow layer (src/workflows), given
 * the open spreadsheet as a source. Its refusals come back as data and become the one sentence the
 * command would print (a tab without a list is told in Sheets' words, as a tab, not a file).
 */
import type { CheckReport, UnitInfo } from "../../core/check/report";
import type { Consolidation } from "../../core/consolidate/types";
import type { Layout } from "../../core/layout/types";
import type { SheetValues, WorkbookValues } from "../../core/model";
import type { Plan } from "../../core/plan/schema";
import { buildAppendix, type AppendixRequest } from "../../workflows/appendix";
import { checkSource } from "../../workflows/checkSources";
import { consolidateSources, consolidationSheets, type ConsolidateOutcome } from "../../workflows/consolidateSources";
export { toConsolidationJson } from "../../workflows/consolidationJson";
import type { ReadableSource, RunOptions } from "../../workflows/sources";
import { readUnitsOfRegistrySheet } from "../../workflows/unitsRegistry";
import { describeWorkflowError, type WorkflowResult } from "../../workflows/workflowErrors";
import { SHEETS_MESSAGES, SheetsUserError } from "./messages";

export type { AppendixRequest, RunOptions };

/** The open spreadsheet as the workflows' source: the sheets it wrote are its own earlier output, never read as lists. */
export const spreadsheetSource = (workbook: WorkbookValues): ReadableSource => ({ name: workbook.file, read: async () => workbook, openWorkbook: true });

function valueOf<T>(result: WorkflowResult<T>): T {
  if (result.ok) return result.value;
  const { error } = result;
  if (error.code === "no-list") throw new SheetsUserError(SHEETS_MESSAGES.noList(error.skippedSheets.map((s) => s.sheet).join(", "), error.skippedSheets.map((s) => s.reason).join("; ")));
  throw new SheetsUserError(describeWorkflowError(error));
}

/** Kiểm tra of the active sheet (the workbook holds it alone). */
export const checkSheets = async (workbook: WorkbookValues, plan: Plan, options: RunOptions): Promise<CheckReport> => valueOf(await checkSource(plan, spreadsheetSource(workbook), options));

/** Tổng hợp of the spreadsheet's tabs; refused, as the command refuses, when not one list was read. */
export const consolidateSheets = async (workbook: WorkbookValues, plan: Plan, options: RunOptions): Promise<ConsolidateOutcome> =>
  valueOf(await consolidateSources(plan, [spreadsheetSource(workbook)], options));

/** The consolidated workbook's sheets, as the command writes them. */
export const layOutConsolidation = (c: Consolidation, plan: Plan): Layout[] => consolidationSheets(c, plan).map((make) => make());

/** Phụ lục as the pane makes it for its download: the plan's table, or the list of valid nominees. */
export const layOutAppendix = (plan: Plan, request: AppendixRequest, consolidation: Consolidation | null): Layout => valueOf(buildAppendix(plan, request, consolidation));

/** A remembered registry's units, kinds as `plan` names them; null when its sheet has no registry header. */
export const readRegistryUnits = (plan: Plan, source: string, sheet: SheetValues): UnitInfo[] | null => readUnitsOfRegistrySheet(plan, source, sheet);

