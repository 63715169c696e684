import { checkWorkbook } from "../core/check/checkWorkbook";
import type { CheckOptions, CheckReport } from "../core/check/report";
import type { FileProblem } from "../core/files/fileProblems";
import type { Plan } from "../core/plan/schema";
import { applyOwnSheets, sortOwnSheets } from "./ownOutput";
import { fileProblemOf, isUnreadableSource, type RunOptions, type Source } from "./sources";
import { fail, succeed, type WorkflowResult } from "./workflowErrors";

/** One source after it was read and checked, or why it could not be read. */
export type SourceCheck = { source: string; status: "checked"; report: CheckReport } | { source: string; status: "unreadable"; problem: FileProblem };

export const toCheckOptions = (options: RunOptions): CheckOptions => ({
  ...(options.units ? { units: [...options.units] } : {}),
  ...(options.year !== undefined ? { year: options.year } : {}),
  ...(options.unit ? { unit: options.unit } : {}),
});

/**
 * Reads and checks the sources one after the other: progress is told before each, a request to
 * stop is honoured between two. A source that cannot be read is kept with its problem and the
 * run goes on; sheets this product wrote are sorted out (see ownOutput.ts), the names of all the
 * sources telling whether a consolidation read back already holds some of them. `keep` lets a
 * caller that holds many reports give each storage of its own as it comes.
 */
export const checkEachSource = async (
  plan: Plan,
  sources: readonly Source[],
  options: RunOptions,
  keep: (report: CheckReport) => CheckReport = (report) => report,
): Promise<WorkflowResult<SourceCheck[]>> => {
  const given = new Set(sources.map((s) => s.name));
  const checkOptions = toCheckOptions(options);
  const total = sources.length;
  const checks: SourceCheck[] = [];
  for (const [done, source] of sources.entries()) {
    options.onProgress?.({ done, total, current: source.name });
    if (options.signal?.aborted) return fail({ code: "cancelled", done, total });
    if (isUnreadableSource(source)) {
      checks.push({ source: source.name, status: "unreadable", problem: source.problem });
      continue;
    }
    let workbook;
    try {
      workbook = await source.read();
    } catch (error) {
      const problem = fileProblemOf(error);
      if (!problem) throw error;
      checks.push({ source: source.name, status: "unreadable", problem });
      continue;
    }
    if (workbook.sheets.length === 0) {
      checks.push({ source: source.name, status: "unreadable", problem: { code: "xlsx/no-sheets", file: source.name } });
      continue;
    }
    const sorted = sortOwnSheets(workbook, source.openWorkbook === true);
    const report = checkWorkbook({ file: workbook.file, sheets: sorted.sheets }, plan, checkOptions);
    checks.push({ source: source.name, status: "checked", report: keep(applyOwnSheets(report, workbook, sorted, given)) });
  }
  if (options.signal?.aborted) return fail({ code: "cancelled", done: total, total });
  options.onProgress?.({ done: total, total, current: "" });
  return succeed(checks);
};
