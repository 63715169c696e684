import type { QuotaResult } from "../model";

/** A rule of the plan with its results (a unit, the level, a period), as printed: the rule once, its results under it. */
export interface QuotaRuleGroup {
  text: string;
  results: QuotaResult[];
}

/** The results grouped by rule, rules in the order first met and results in theirs. */
export const groupQuotasByRule = (quotas: readonly QuotaResult[]): QuotaRuleGroup[] => {
  const groups = new Map<string, QuotaRuleGroup>();
  for (const q of quotas) {
    const group = groups.get(q.ruleId);
    if (group) group.results.push(q);
    else groups.set(q.ruleId, { text: q.text, results: [q] });
  }
  return [...groups.values()];
};
