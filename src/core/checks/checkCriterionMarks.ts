import { toColumnLetter } from "../read/grid";
import { isYesMark } from "../read/parseValues";
import { toMatchKey } from "../text/normalize";
import type { Finding } from "../model";
import type { Criterion } from "../plan/schema";
import { doesCriterionApply, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

/**
 * cell/criterion: a criterion that applies to the row (by kind, field, movement) and has a column
 * is not met: the mark is not a yes (x, ✓, Đạt, Có), or the value is not one of those allowed. A
 * criterion split over parts ("Tiêu chí chung" over four columns) needs every part marked.
 * A criterion without a column is reported once per sheet, not here.
 */
export const checkCriterionMarks: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  let out: Finding[] | null = null;
  const criteria = ctx.plan.criteria;
  for (let k = 0; k < criteria.length; k++) {
    const c = criteria[k] as Criterion;
    const own = ctx.columns.criteria[c.id];
    if (!own || !doesCriterionApply(c, n)) continue;
    // A mark split over parts points at the part that is not marked.
    const part = ctx.item.markColumns?.[c.id];
    const column = part === undefined ? own : toColumnLetter(part);
    const value = n.marks[c.id] ?? "";
    if (c.rule.type === "mark" && !isYesMark(value)) {
      (out ??= []).push(makeRowFinding(ctx, "cell/criterion", "error", column, { ruleId: c.id, expected: "x", actual: value }));
    } else if (c.rule.type === "oneOf" && !c.rule.values.some((v) => toMatchKey(v) === toMatchKey(value))) {
      (out ??= []).push(makeRowFinding(ctx, "cell/criterion", "error", column, { ruleId: c.id, expected: c.rule.values.join("; "), actual: value }));
    }
  }
  return out ?? NO_FINDINGS;
};
