import { formatDate } from "../read/grid";
import { parseDateCell, parseDmy } from "../read/parseValues";
import { columnOf, makeRowFinding, type RowCheck } from "./context";

/** cell/date-format: the date column holds something that is not a date (dd/mm/yyyy). */
export const checkDateFormat: RowCheck = (ctx) =>
  parseDateCell(ctx.item.dateCell) === "invalid"
    ? [makeRowFinding(ctx, "cell/date-format", "error", columnOf(ctx, "date"), { ruleId: "date", expected: "dd/mm/yyyy", actual: String(ctx.item.dateCell) })]
    : [];

/** cell/date-outside-period: the date introduced is not inside the plan's period. */
export const checkDateInPeriod: RowCheck = (ctx) => {
  const date = ctx.item.nomination.date ? parseDmy(ctx.item.nomination.date) : null;
  if (!date) return [];
  const { from, to } = ctx.period;
  return date < from || date > to
    ? [makeRowFinding(ctx, "cell/date-outside-period", "error", columnOf(ctx, "date"), { ruleId: "period", expected: `${formatDate(from)} – ${formatDate(to)}`, actual: formatDate(date) })]
    : [];
};

/**
 * cell/date-late: dated after a deadline the plan sets for nominations — a fixed one (12/11/2021)
 * or a yearly one (31/01), which falls in the list's reporting year when the list names one: a
 * row dated 15/12/2023 on the list for 2024 is early, not late.
 */
export const checkDateLate: RowCheck = (ctx) => {
  const date = ctx.item.nomination.date ? parseDmy(ctx.item.nomination.date) : null;
  if (!date) return [];
  const out = [];
  for (const d of ctx.plan.deadlines) {
    if (!d.appliesToNominations) continue;
    const year = ctx.year ?? date.getUTCFullYear();
    const due = d.date.length === 5 ? parseDmy(`${d.date}/${year}`) : parseDmy(d.date);
    if (due && date > due) out.push(makeRowFinding(ctx, "cell/date-late", "error", columnOf(ctx, "date"), { ruleId: d.id, expected: formatDate(due), actual: formatDate(date) }));
  }
  return out;
};
