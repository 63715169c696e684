import { formatDate } from "../read/grid";
import { parseDmy } from "../read/parseValues";
import type { Citation, Plan } from "./schema";

/**
 * Where a plan and the texts it cites stand on a given day. `today` is an input (a Date whose UTC
 * day is the day meant), never read from the clock here: the same plan is "ended" in a test of
 * 2026 and "running" in one of 2024.
 */

/** A plan's period against `today`. */
export interface PlanPeriodStatus {
  from: string;
  to: string;
  state: "not-started" | "running" | "ended";
}

const dayOf = (d: Date): number => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

export const describePlanPeriod = (plan: Pick<Plan, "period">, today: Date): PlanPeriodStatus => {
  const from = parseDmy(plan.period.from);
  const to = parseDmy(plan.period.to);
  const now = dayOf(today);
  const state = to && now > to.getTime() ? "ended" : from && now < from.getTime() ? "not-started" : "running";
  return { from: plan.period.from, to: plan.period.to, state };
};

/** What is known of a cited text's force on `today`; `unknown` when the plan records nothing. */
export type CitationStatus =
  | { state: "repealed"; since: string; replacedBy?: string }
  | { state: "ending"; lastDay: string; replacedBy?: string }
  | { state: "replaced"; replacedBy: string }
  | { state: "not-yet"; from: string }
  | { state: "in-force"; since: string }
  | { state: "unknown" };

const DAY_MS = 86_400_000;

export const describeCitationStatus = (citation: Citation, today: Date): CitationStatus => {
  const now = dayOf(today);
  const until = citation.validUntil ? parseDmy(citation.validUntil) : null;
  const replacedBy = citation.replacedBy?.trim() ? { replacedBy: citation.replacedBy.trim() } : {};
  if (until) {
    // Force ends with the last day: the text is repealed from the day after it.
    return now > until.getTime() ? { state: "repealed", since: formatDate(new Date(until.getTime() + DAY_MS)), ...replacedBy } : { state: "ending", lastDay: formatDate(until), ...replacedBy };
  }
  if (citation.replacedBy?.trim()) return { state: "replaced", replacedBy: citation.replacedBy.trim() };
  const from = citation.validFrom ? parseDmy(citation.validFrom) : null;
  if (from) return now < from.getTime() ? { state: "not-yet", from: formatDate(from) } : { state: "in-force", since: formatDate(from) };
  return { state: "unknown" };
};
