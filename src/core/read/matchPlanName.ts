import type { Named } from "../plan/schema";
import { toMatchKey } from "../text/normalize";

/**
 * The plan's field or movement a sheet's text names: equal without regard to marks and case,
 * or one containing the other as whole words (quotes and "Phong trào" prefixes are common).
 */
export const matchPlanName = (text: string, list: readonly Named[]): Named | null => {
  const lists = listNameKeys(list);
  // The same few texts (a movement written on every row) are asked about over and over.
  const known = lists.results.get(text);
  if (known !== undefined) return known;
  const found = findPlanName(toNameKey(text), lists.keys);
  if (text.length <= MAX_REMEMBERED_TEXT) {
    if (lists.results.size >= MAX_REMEMBERED) lists.results.clear();
    lists.results.set(text, found);
  }
  return found;
};

const MAX_REMEMBERED = 5_000;
const MAX_REMEMBERED_TEXT = 256;

const findPlanName = (key: string, keys: readonly { item: Named; nk: string }[]): Named | null => {
  if (key === "") return null;
  let best: { item: Named; score: number } | null = null;
  for (const { item, nk } of keys) {
    const score = nk === key ? 3 : ` ${key} `.includes(` ${nk} `) && nk.length >= 4 ? 2 : ` ${nk} `.includes(` ${key} `) && key.length >= 6 ? 1 : 0;
    if (score > (best?.score ?? 0)) best = { item, score };
  }
  return best?.item ?? null;
};

const toNameKey = (text: string): string => toMatchKey(text).replace(/^(phong trao thi dua|phong trao|linh vuc|cuoc van dong)\s+/, "");

interface NameKeys {
  keys: { item: Named; nk: string }[];
  results: Map<string, Named | null>;
}

/** The keys of a plan list's names and aliases, made once per list: they are matched on every row. */
const nameKeysOf = new WeakMap<readonly Named[], NameKeys>();
const listNameKeys = (list: readonly Named[]): NameKeys => {
  let lists = nameKeysOf.get(list);
  if (!lists) {
    const keys = list.flatMap((item) => [item.name, ...item.aliases].map((n) => ({ item, nk: toNameKey(n) })).filter((k) => k.nk !== ""));
    lists = { keys, results: new Map() };
    nameKeysOf.set(list, lists);
  }
  return lists;
};
