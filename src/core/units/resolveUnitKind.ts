import type { Named, Plan } from "../plan/schema";
import { DEFAULT_UNIT_KINDS } from "../read/dictionary";
import { toMatchKey } from "../text/normalize";

const namesOf = (k: { name: string; aliases: readonly string[] }): string[] => [k.name, ...k.aliases].map(toMatchKey).filter((x) => x !== "");

/** The plan's kinds of unit, with the product's defaults for any the plan does not define. */
export const listUnitKinds = (plan: Plan): Named[] => {
  const own = plan.unitKinds;
  const ownIds = new Set(own.map((k) => k.id));
  return [...own, ...DEFAULT_UNIT_KINDS.filter((k) => !ownIds.has(k.id))];
};

/**
 * A kind of unit (as the plan names it) from a text such as the registry's "Phòng, ban" or a
 * unit's name "Phường Bồ Đề": the longest kind name or alias the text equals or begins with.
 */
export const resolveUnitKind = (text: string, plan: Plan): string | null => {
  const key = toMatchKey(text);
  if (key === "") return null;
  let best: { id: string; len: number } | null = null;
  for (const kind of listUnitKinds(plan)) {
    for (const n of namesOf(kind)) {
      const hit = key === n || key.startsWith(`${n} `);
      if (hit && n.length > (best?.len ?? -1)) best = { id: kind.id, len: n.length };
    }
  }
  return best?.id ?? null;
};
