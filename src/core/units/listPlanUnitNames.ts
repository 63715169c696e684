import type { Plan } from "../plan/schema";

/** Unit names the plan itself spells (quota scopes, appendix host units), to restore marks and recognise units. */
export const listPlanUnitNames = (plan: Plan): string[] => [...plan.quotas.flatMap((q) => q.scope.units ?? []), ...(plan.appendix?.rows.map((r) => r.host) ?? [])];
