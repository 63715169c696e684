import type { Plan } from "../plan/schema";
import type { ReadRow } from "../read/readListSheet";
import { matchKnownUnitName } from "../units/findUnitName";
import { resolveUnitKind } from "../units/resolveUnitKind";
import type { SheetUnit, UnitInfo } from "./report";
import type { ResolvedUnit } from "./resolveSheetUnit";

/**
 * The units a sheet's rows belong to, in the order of the rows: the sheet's own unit for the rows
 * that name none, and each unit a row's unit column or a group row names, with where its name
 * came from and its kind (the registry's, or told from its first words). Call it once the rows
 * without a unit of their own have the sheet's.
 */
export const listSheetUnits = (items: readonly ReadRow[], own: ResolvedUnit, plan: Plan, registry: readonly UnitInfo[]): SheetUnit[] => {
  const byName = new Map<string, SheetUnit>();
  const registryNames = registry.map((u) => u.name);
  for (const item of items) {
    const name = item.nomination.unit;
    const found = byName.get(name);
    if (found) {
      found.rows++;
      continue;
    }
    if (item.unitFrom === null || name === own.name) {
      byName.set(name, { name, source: item.unitFrom ?? own.source, kind: own.kind, rows: 1 });
      continue;
    }
    const known = matchKnownUnitName(name, registryNames);
    const kind = registry.find((u) => u.name === known)?.kind ?? resolveUnitKind(name, plan);
    byName.set(name, { name, source: item.unitFrom, kind, rows: 1 });
  }
  return [...byName.values()];
};
