import type { Consolidation } from "../core/consolidate/types";
import { buildListAppendix } from "../core/layout/listAppendix";
import { buildPlanAppendix } from "../core/layout/planAppendix";
import type { Layout } from "../core/layout/types";
import type { Plan } from "../core/plan/schema";
import { consolidateSources, type ConsolidateOutcome } from "./consolidateSources";
import type { RunOptions, Source } from "./sources";
import { fail, succeed, type WorkflowResult } from "./workflowErrors";

export type AppendixKind = "plan" | "list";

export interface AppendixRequest {
  kind: AppendixKind;
  /** The list appendix's groups (default: by unit). */
  groupBy?: "unit" | "field";
}

/**
 * Phụ lục from a consolidation (or none): the plan's own table, with required and actual numbers
 * when there is data; or the list of valid nominees, each once, grouped by unit or field.
 */
export const buildAppendix = (plan: Plan, request: AppendixRequest, consolidation: Consolidation | null): WorkflowResult<Layout> => {
  if (request.kind === "plan") {
    if (!plan.appendix) return fail({ code: "plan-has-no-appendix", plan: plan.title });
    return succeed(buildPlanAppendix(plan, consolidation?.quotas));
  }
  if (!consolidation) return fail({ code: "list-needs-data" });
  const entries = consolidation.entries.filter((e) => e.valid).map((e) => ({ unit: e.unit, nomination: e.nomination }));
  if (entries.length === 0) return fail({ code: "list-has-no-valid-row", rows: consolidation.entries.length });
  return succeed(buildListAppendix(plan, entries, { groupBy: request.groupBy ?? "unit" }));
};

/**
 * Phụ lục from sources: units' files, or a consolidated workbook whose "Danh sách" is read back
 * (as `appendix --from` does). Without sources the plan's table is made without numbers.
 */
export const appendixFromSources = async (
  plan: Plan,
  request: AppendixRequest,
  sources: readonly Source[],
  options: RunOptions = {},
): Promise<WorkflowResult<{ layout: Layout; outcome: ConsolidateOutcome | null }>> => {
  if (request.kind === "plan" && !plan.appendix) return fail({ code: "plan-has-no-appendix", plan: plan.title });
  let outcome: ConsolidateOutcome | null = null;
  if (sources.length > 0) {
    const consolidated = await consolidateSources(plan, sources, options);
    if (!consolidated.ok) return consolidated;
    outcome = consolidated.value;
  }
  const layout = buildAppendix(plan, request, outcome?.consolidation ?? null);
  return layout.ok ? succeed({ layout: layout.value, outcome }) : layout;
};
