import type { CheckReport } from "../core/check/report";
import { buildCheckResultLayout } from "../core/layout/checkResultLayout";
import type { Layout } from "../core/layout/types";
import type { Plan } from "../core/plan/schema";
import { checkEachSource, type SourceCheck } from "./checkEachSource";
import type { RunOptions, Source } from "./sources";
import { fail, succeed, type WorkflowResult } from "./workflowErrors";

export type { SourceCheck };

/**
 * Kiểm tra of several sources at once: a report for each source read, the problem of each that
 * could not be. A report without any list says so by its empty `sheets` (its skipped sheets say
 * why); `describeUncheckedSource` gives the sentence for both cases.
 */
export const checkSources = async (plan: Plan, sources: readonly Source[], options: RunOptions = {}): Promise<WorkflowResult<SourceCheck[]>> => {
  if (sources.length === 0) return fail({ code: "no-sources" });
  return checkEachSource(plan, sources, options);
};

/** Kiểm tra of one source: its report, or why there is none (unreadable, or no list in it). */
export const checkSource = async (plan: Plan, source: Source, options: RunOptions = {}): Promise<WorkflowResult<CheckReport>> => {
  const result = await checkEachSource(plan, [source], options);
  if (!result.ok) return result;
  const [check] = result.value;
  if (!check) return fail({ code: "no-sources" });
  return toSingleResult(check);
};

/** A source's check as a single result: the report when it holds a list, else the reason. */
export const toSingleResult = (check: SourceCheck): WorkflowResult<CheckReport> => {
  if (check.status === "unreadable") return fail({ code: "unreadable", problem: check.problem });
  if (check.report.sheets.length === 0) return fail({ code: "no-list", source: check.source, skippedSheets: check.report.skippedSheets });
  return succeed(check.report);
};

/** The "Kết quả kiểm tra" sheet of a marked copy (`check --out`, the browser pane's download). */
export const buildCheckResultSheet = (report: CheckReport, plan: Plan): Layout => buildCheckResultLayout(report, plan.title);
