import type { ColumnMap } from "../check/report";
import type { Finding, Nomination } from "../model";
import type { Plan } from "../plan/schema";
import { doesCriterionApply } from "./context";

/**
 * sheet/missing-criterion-column (warning): a criterion that applies to some row of the sheet has
 * no column to check it in. Said once per sheet and criterion, not on every row; never for a
 * criterion whose column is optional (`"column": "optional"`), checked only where a sheet has it.
 */
export const checkMissingCriterionColumns = (nominations: readonly Nomination[], plan: Plan, sheet: string, columns: ColumnMap): Finding[] =>
  plan.criteria
    .filter((c) => c.column !== "optional")
    .filter((c) => (c.rule.type === "rising" ? !columns.metrics[c.rule.metric] : c.rule.type === "minLength" ? !columns.fields[c.rule.field] : !columns.criteria[c.id]))
    .filter((c) => nominations.some((n) => doesCriterionApply(c, n)))
    .map((c) => ({ code: "sheet/missing-criterion-column", severity: "warning", sheet, ruleId: c.id, expected: c.label }));
