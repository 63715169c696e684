import type { ConsolidateOutcome } from "./consolidateSources";

/**
 * The consolidation as `dienhinh consolidate --json` prints it and the Sheets server returns it:
 * what was read, and what could not be. One shape for every front end.
 */
export const toConsolidationJson = (outcome: ConsolidateOutcome, output: string) => {
  const c = outcome.consolidation;
  return {
    plan: c.plan,
    scope: c.scope,
    year: c.year,
    units: c.units,
    notSent: c.notSent,
    totals: c.totals,
    quotas: c.quotas,
    duplicates: c.duplicates,
    skipped: c.skipped,
    read: outcome.read,
    unreadable: outcome.unreadable.map((u) => ({ file: u.source, problem: u.problem })),
    output,
  };
};
