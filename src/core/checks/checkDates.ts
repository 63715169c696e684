import { formatDate } from "../read/grid";
import { parseDateCell, parseDmy } from "../read/parseValues";
import type { Finding } from "../model";
import type { Deadline } from "../plan/schema";
import { columnOf, makeRowFinding, NO_FINDINGS, type RowCheck } from "./context";

/** cell/date-format: the date column holds something that is not a date (dd/mm/yyyy). */
export const checkDateFormat: RowCheck = (ctx) =>
  parseDateCell(ctx.item.dateCell) === "invalid"
    ? [makeRowFinding(ctx, "cell/date-format", "error", columnOf(ctx, "date"), { ruleId: "date", expected: "dd/mm/yyyy", actual: String(ctx.item.dateCell) })]
    : NO_FINDINGS;

/** cell/date-outside-period: the date introduced is not inside the plan's period. */
export const checkDateInPeriod: RowCheck = (ctx) => {
  const date = ctx.item.nomination.date ? parseDmy(ctx.item.nomination.date) : null;
  if (!date) return NO_FINDINGS;
  const { from, to } = ctx.period;
  // Compared by time value, as `<` on the dates would, without asking each date for its primitive.
  const time = date.getTime();
  return time < from.getTime() || time > to.getTime()
    ? [makeRowFinding(ctx, "cell/date-outside-period", "error", columnOf(ctx, "date"), { ruleId: "period", expected: `${formatDate(from)} – ${formatDate(to)}`, actual: formatDate(date) })]
    : NO_FINDINGS;
};

/**
 * cell/date-late: dated after a deadline the plan sets for nominations — a fixed one (12/11/2021)
 * or a yearly one (31/01), which falls in the list's reporting year when the list names one: a
 * row dated 15/12/2023 on the list for 2024 is early, not late. A fixed date is the deadline of
 * its own year's lists only: Tủa Chùa's 12/11/2021 closes the 2021 registration, and the lists of
 * 2022–2025, chosen every year, are not late against it.
 */
export const checkDateLate: RowCheck = (ctx) => {
  const text = ctx.item.nomination.date;
  if (!text) return NO_FINDINGS;
  let out: Finding[] | null = null;
  // Read only when a deadline applies to nominations (most plans' deadlines are for the units).
  let date: Date | null | undefined;
  const deadlines = ctx.plan.deadlines;
  for (let k = 0; k < deadlines.length; k++) {
    const d = deadlines[k] as Deadline;
    if (!d.appliesToNominations) continue;
    date ??= parseDmy(text);
    if (!date) return NO_FINDINGS;
    const year = ctx.year ?? date.getUTCFullYear();
    const due = d.date.length === 5 ? parseDmy(`${d.date}/${year}`) : parseDmy(d.date);
    if (due && d.date.length !== 5 && due.getUTCFullYear() !== year) continue;
    if (due && date.getTime() > due.getTime()) (out ??= []).push(makeRowFinding(ctx, "cell/date-late", "error", columnOf(ctx, "date"), { ruleId: d.id, expected: formatDate(due), actual: formatDate(date) }));
  }
  return out ?? NO_FINDINGS;
};
