import type { Plan } from "../plan/schema";

/** Made once per plan: every sheet of a batch asks (callers only read the list). */
const namesByPlan = new WeakMap<Plan, readonly string[]>();

/** Unit names the plan itself spells (quota scopes, appendix host units), to restore marks and recognise units. */
export const listPlanUnitNames = (plan: Plan): readonly string[] => {
  let names = namesByPlan.get(plan);
  if (names === undefined) {
    names = [...plan.quotas.flatMap((q) => q.scope.units ?? []), ...(plan.appendix?.rows.map((r) => r.host) ?? [])];
    namesByPlan.set(plan, names);
  }
  return names;
};
