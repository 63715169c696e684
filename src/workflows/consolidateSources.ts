import type { CheckReport } from "../core/check/report";
import { ownReportTexts } from "../core/check/ownReportTexts";
import { consolidateReports } from "../core/consolidate/consolidate";
import { buildDuplicatesLayout, buildEntriesLayout, buildQuotaLayout, buildSkippedLayout, buildSummaryLayout } from "../core/consolidate/consolidationLayouts";
import type { Consolidation, SkippedInput } from "../core/consolidate/types";
import type { Layout } from "../core/layout/types";
import { describeFileProblem, type FileProblem } from "../core/files/fileProblems";
import type { Plan } from "../core/plan/schema";
import { checkEachSource } from "./checkEachSource";
import type { RunOptions, Source } from "./sources";
import { fail, succeed, type WorkflowResult } from "./workflowErrors";

export interface ConsolidateOutcome {
  consolidation: Consolidation;
  /** The sources a list was read from, in the order given (skipped sources are not among them). */
  read: string[];
  /** The sources that could not be read at all, each with why (also in the consolidation's skipped list). */
  unreadable: { source: string; problem: FileProblem }[];
}

/**
 * Tổng hợp: reads and checks every source, collects those that cannot be read with their
 * reasons, consolidates (each nominee once, units that sent nothing listed), and refuses when
 * not one list was read. Only the consolidation and what was read leave: the reports (every
 * finding of every file) are let go once consolidated.
 */
export const consolidateSources = async (plan: Plan, sources: readonly Source[], options: RunOptions = {}): Promise<WorkflowResult<ConsolidateOutcome>> => {
  if (sources.length === 0) return fail({ code: "no-sources" });
  // Held until every source is read: each report's texts must not keep its file's whole XML alive.
  const checked = await checkEachSource(plan, sources, options, ownReportTexts);
  if (!checked.ok) return checked;
  const reports: CheckReport[] = [];
  const unreadable: ConsolidateOutcome["unreadable"] = [];
  const skipped: SkippedInput[] = [];
  const read: string[] = [];
  for (const check of checked.value) {
    if (check.status === "unreadable") {
      unreadable.push({ source: check.source, problem: check.problem });
      // The skipped list names the file beside the reason: the reason says only what and what to do.
      skipped.push({ file: check.source, sheet: null, reason: describeFileProblem(check.problem) });
      continue;
    }
    reports.push(check.report);
    if (check.report.sheets.length > 0) read.push(check.source);
  }
  const consolidation = consolidateReports(plan, reports, skipped, {
    ...(options.units ? { units: options.units } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  if (read.length === 0) return fail({ code: "nothing-read", sources: sources.length, skipped: consolidation.skipped });
  return succeed({ consolidation, read, unreadable });
};

/**
 * The consolidated workbook's sheets (Tổng hợp, Danh sách, Chỉ tiêu, Trùng lặp, Tệp bỏ qua), each
 * made only when a writer comes to it, so that one layout at a time is held: the list of the
 * whole country is 3 million cells. The same sheets as `buildConsolidationLayouts` (a test checks).
 */
export const consolidationSheets = (c: Consolidation, plan: Plan): (() => Layout)[] => [
  () => buildSummaryLayout(c, plan),
  () => buildEntriesLayout(c, plan),
  () => buildQuotaLayout(c, plan),
  () => buildDuplicatesLayout(c, plan),
  () => buildSkippedLayout(c, plan),
];
