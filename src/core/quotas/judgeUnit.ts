import type { Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import { doesQuotaCoverUnit, type UnitForQuotas } from "./evaluateUnitQuotas";

/**
 * Why a unit's quotas may not be what the plan meant, said to the officer rather than left out:
 * its kind cannot be told (only the quotas that address units generically counted it, if any), or
 * its kind is known and no quota of the plan is meant for it.
 */
export type UnitNotice =
  | {
      code: "unit/unknown-kind";
      unit: string;
      /** Ids of the quotas that counted it as one of "các đơn vị" (`scope.otherUnits`). */
      genericQuotas: string[];
    }
  | { code: "unit/no-quota"; unit: string; kind: string };

/**
 * Judges whether the plan's unit-level quotas reach a unit. Nothing to say when the plan has no
 * unit-level quota, or when the unit is covered by its kind or named by a quota.
 */
export const judgeUnit = (plan: Plan, unit: UnitForQuotas): UnitNotice | null => {
  const unitQuotas = plan.quotas.filter((q) => q.scope.level === "unit");
  if (unitQuotas.length === 0) return null;
  const key = toMatchKey(unit.name);
  const named = unitQuotas.some((q) => q.scope.units?.some((u) => toMatchKey(u) === key));
  if (unit.kind === null && !named && unitQuotas.some((q) => q.scope.unitKinds !== undefined)) {
    const genericQuotas = unitQuotas.filter((q) => q.scope.otherUnits === true && doesQuotaCoverUnit(q, unit, plan)).map((q) => q.id);
    return { code: "unit/unknown-kind", unit: unit.name, genericQuotas };
  }
  if (unit.kind !== null && !unitQuotas.some((q) => doesQuotaCoverUnit(q, unit, plan))) return { code: "unit/no-quota", unit: unit.name, kind: unit.kind };
  return null;
};
