import type { Named, Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";

/** What a row's "Cấp đề nghị" says: a level id of the plan, nothing (`null`), or no level the plan has (`""`). */
export type RowLevel = string | null;
export const UNKNOWN_LEVEL = "";

/** The words a sheet may write for a level: its name, aliases, id, and the name without "Cấp". */
const levelKeys = (level: Named): string[] => {
  const keys = [level.name, ...level.aliases, level.id.replace(/-/g, " ")].map(toMatchKey);
  for (const k of [...keys]) if (k.startsWith("cap ")) keys.push(k.slice(4));
  return [...new Set(keys.filter((k) => k.length > 0))];
};

/**
 * Reads the level of a "Cấp đề nghị" / "Hình thức khen thưởng" cell: "Thành phố", "Cấp quận",
 * "Bằng khen của UBND Thành phố". The whole cell naming a level wins; otherwise the highest level
 * named inside the text ("Quận đề nghị Thành phố khen" → thành phố: a proposal goes up). Each
 * distinct text is read once.
 */
export const makeLevelReader = (plan: Plan): ((text: string | undefined) => RowLevel) => {
  const exact = new Map<string, string>();
  const inside: { id: string; key: string }[] = [];
  plan.levels.forEach((level) => {
    for (const key of levelKeys(level)) {
      if (!exact.has(key)) exact.set(key, level.id);
      inside.push({ id: level.id, key: ` ${key} ` });
    }
  });
  const rank = new Map(plan.levels.map((l, i) => [l.id, i]));
  const seen = new Map<string, RowLevel>();
  return (text) => {
    if (text === undefined || text.trim() === "") return null;
    const known = seen.get(text);
    if (known !== undefined) return known;
    const key = toMatchKey(text);
    let found: RowLevel = key === "" ? null : (exact.get(key) ?? UNKNOWN_LEVEL);
    if (found === UNKNOWN_LEVEL) {
      const padded = ` ${key} `;
      for (const { id, key: k } of inside) if (padded.includes(k) && (found === UNKNOWN_LEVEL || (rank.get(id) ?? 0) > (rank.get(found) ?? 0))) found = id;
    }
    seen.set(text, found);
    return found;
  };
};
