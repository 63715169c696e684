import type { Finding } from "../model";
import type { Criterion } from "../plan/schema";
import { doesCriterionApply, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

// A metric's year columns are the same on every row of a sheet: their years are sorted once.
const sortedYearsByColumns = new WeakMap<Record<string, string>, string[]>();
const sortedYearsOf = (columns: Record<string, string>): string[] => {
  let years = sortedYearsByColumns.get(columns);
  if (!years) {
    years = Object.keys(columns).sort();
    sortedYearsByColumns.set(columns, years);
  }
  return years;
};

/**
 * cell/rising: a measurable criterion (revenue, tax, profit) needs the latest year's figure above
 * the year before's. The finding points at the latest year's cell.
 */
export const checkRising: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  let out: Finding[] | null = null;
  const criteria = ctx.plan.criteria;
  for (let k = 0; k < criteria.length; k++) {
    const c = criteria[k] as Criterion;
    if (c.rule.type !== "rising" || !doesCriterionApply(c, n)) continue;
    const columns = ctx.columns.metrics[c.rule.metric];
    if (!columns) continue;
    const years = sortedYearsOf(columns);
    const last = years[years.length - 1];
    const prev = years[years.length - 2];
    if (last === undefined || prev === undefined) continue;
    const now = n.figures[c.rule.metric]?.[last] ?? null;
    const before = n.figures[c.rule.metric]?.[prev] ?? null;
    const column = columns[last];
    if (now === null || before === null) {
      const missingColumn = now === null ? columns[last] : columns[prev];
      (out ??= []).push(makeRowFinding(ctx, "cell/required", "error", missingColumn, { ruleId: c.id, expected: `số liệu năm ${now === null ? last : prev}`, actual: "" }));
    } else if (!(now > before)) {
      (out ??= []).push(makeRowFinding(ctx, "cell/rising", "error", column, { ruleId: c.id, expected: `> ${before} (năm ${prev})`, actual: `${now} (năm ${last})` }));
    }
  }
  return out ?? NO_FINDINGS;
};
