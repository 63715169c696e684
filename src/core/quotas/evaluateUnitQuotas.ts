import type { Nomination, QuotaResult } from "../model";
import type { Plan, Quota } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import { indexNominees, type NomineeIndex } from "../checks/nomineeIndex";
import { evaluateQuota } from "./evaluateQuota";

export interface UnitForQuotas {
  name: string;
  kind: string | null;
  staff: number | null;
}

/** Whether a unit-level quota names the unit: by its kind, or by its name. */
const namesUnit = (quota: Quota, unit: UnitForQuotas, key: string): boolean => {
  const { unitKinds, units } = quota.scope;
  if (unitKinds && unit.kind !== null && unitKinds.includes(unit.kind)) return true;
  return units?.some((u) => toMatchKey(u) === key) ?? false;
};

/**
 * Whether a unit-level quota is meant for this unit: by its kind, by its name, every unit when it
 * names neither, or — for a quota that addresses units generically (`scope.otherUnits`, "các ban
 * ngành, đơn vị") — when no unit-level quota of the plan names the unit's kind or name.
 */
export const doesQuotaCoverUnit = (quota: Quota, unit: UnitForQuotas, plan: Pick<Plan, "quotas">): boolean => {
  if (quota.scope.level !== "unit") return false;
  const { unitKinds, units, otherUnits } = quota.scope;
  if (!unitKinds && !units) return true;
  const key = toMatchKey(unit.name);
  if (namesUnit(quota, unit, key)) return true;
  return otherUnits === true && !plan.quotas.some((q) => q.scope.level === "unit" && namesUnit(q, unit, key));
};

/**
 * Every unit-level quota of the plan that covers the unit, counted over its nominations. `index`
 * is `indexNominees(nominations)` when the caller made it already.
 */
export const evaluateUnitQuotas = (
  plan: Plan,
  unit: UnitForQuotas,
  nominations: readonly (Nomination & { valid?: boolean })[],
  year: number | null,
  index?: NomineeIndex,
): QuotaResult[] => {
  const quotas = plan.quotas.filter((q) => doesQuotaCoverUnit(q, unit, plan));
  const names = quotas.length > 0 ? (index ?? indexNominees(nominations)) : undefined;
  return quotas.flatMap((q) => evaluateQuota(q, plan, nominations, { scope: unit.name, staff: unit.staff, year }, names));
};

/** Every plan-level quota (the level above), counted over all units' nominations. */
export const evaluatePlanQuotas = (plan: Plan, scope: string, nominations: readonly (Nomination & { valid?: boolean })[], year: number | null): QuotaResult[] => {
  const quotas = plan.quotas.filter((q) => q.scope.level === "plan");
  const names = quotas.length > 0 ? indexNominees(nominations) : undefined;
  return quotas.flatMap((q) => evaluateQuota(q, plan, nominations, { scope, staff: null, year }, names));
};
