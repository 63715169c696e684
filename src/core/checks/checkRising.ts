import { doesCriterionApply, makeRowFinding, type RowCheck } from "./context";

/**
 * cell/rising: a measurable criterion (revenue, tax, profit) needs the latest year's figure above
 * the year before's. The finding points at the latest year's cell.
 */
export const checkRising: RowCheck = (ctx) => {
  const n = ctx.item.nomination;
  const out = [];
  for (const c of ctx.plan.criteria) {
    if (c.rule.type !== "rising" || !doesCriterionApply(c, n)) continue;
    const columns = ctx.columns.metrics[c.rule.metric];
    if (!columns) continue;
    const years = Object.keys(columns).sort();
    const last = years[years.length - 1];
    const prev = years[years.length - 2];
    if (last === undefined || prev === undefined) continue;
    const now = n.figures[c.rule.metric]?.[last] ?? null;
    const before = n.figures[c.rule.metric]?.[prev] ?? null;
    const column = columns[last];
    if (now === null || before === null) {
      const missingColumn = now === null ? columns[last] : columns[prev];
      out.push(makeRowFinding(ctx, "cell/required", "error", missingColumn, { ruleId: c.id, expected: `số liệu năm ${now === null ? last : prev}`, actual: "" }));
    } else if (!(now > before)) {
      out.push(makeRowFinding(ctx, "cell/rising", "error", column, { ruleId: c.id, expected: `> ${before} (năm ${prev})`, actual: `${now} (năm ${last})` }));
    }
  }
  return out;
};
