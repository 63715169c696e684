import type { Finding } from "../model";
import type { Criterion } from "../plan/schema";
import { doesCriterionApply, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

/**
 * cell/min-length: a text the plan wants described (e.g. achievements) is missing or too short.
 * A criterion whose column is optional says nothing on a sheet that has no column for its text.
 */
export const checkMinLength: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  let out: Finding[] | null = null;
  const criteria = ctx.plan.criteria;
  for (let k = 0; k < criteria.length; k++) {
    const c = criteria[k] as Criterion;
    if (c.rule.type !== "minLength" || !doesCriterionApply(c, n)) continue;
    if (c.column === "optional" && ctx.columns.fields[c.rule.field] === undefined) continue;
    const text = n[c.rule.field] ?? "";
    if (text.length < c.rule.min) {
      (out ??= []).push(makeRowFinding(ctx, "cell/min-length", "error", ctx.columns.fields[c.rule.field], { ruleId: c.id, expected: c.rule.min, actual: text.length }));
    }
  }
  return out ?? NO_FINDINGS;
};
