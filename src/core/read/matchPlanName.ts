import type { Named } from "../plan/schema";
import { toMatchKey } from "../text/normalize";

/**
 * The plan's field or movement a sheet's text names: equal without regard to marks and case,
 * or one containing the other as whole words (quotes and "Phong trào" prefixes are common).
 */
export const matchPlanName = (text: string, list: readonly Named[]): Named | null => {
  const key = toMatchKey(text).replace(/^(phong trao thi dua|phong trao|linh vuc|cuoc van dong)\s+/, "");
  if (key === "") return null;
  let best: { item: Named; score: number } | null = null;
  for (const item of list) {
    for (const n of [item.name, ...item.aliases]) {
      const nk = toMatchKey(n).replace(/^(phong trao thi dua|phong trao|linh vuc|cuoc van dong)\s+/, "");
      if (nk === "") continue;
      const score = nk === key ? 3 : ` ${key} `.includes(` ${nk} `) && nk.length >= 4 ? 2 : ` ${nk} `.includes(` ${key} `) && key.length >= 6 ? 1 : 0;
      if (score > (best?.score ?? 0)) best = { item, score };
    }
  }
  return best?.item ?? null;
};
