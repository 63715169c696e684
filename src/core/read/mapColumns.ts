import type { NominationField } from "../model";
import type { Named, Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import { CRITERIA_GROUP_HEADERS, FIELD_HEADERS } from "./dictionary";
import { findYearInText } from "./parseValues";

/** What one column of a header is. */
export type ColumnMeaning =
  | { type: "field"; field: NominationField }
  | { type: "criterion"; id: string }
  | { type: "metric"; id: string; year: string };

const wordsOf = (key: string): string[] => key.split(" ").filter(Boolean);

/** Whether `phrase` stands in `key` as whole words. */
const containsWords = (key: string, phrase: string): boolean => ` ${key} `.includes(` ${phrase} `);

/** Units and hints in brackets ("Doanh thu (triệu đồng)", "Đối tượng (CN/TT)") say nothing about which column it is. */
const dropBrackets = (text: string): string => text.replace(/\([^()]*\)/g, " ");

const scoreFieldHeader = (key: string): { field: NominationField; score: number } | null => {
  let best: { field: NominationField; score: number } | null = null;
  for (const entry of FIELD_HEADERS) {
    let score = 0;
    if (entry.exact.includes(key)) score = 3;
    else if (entry.contains.some((p) => containsWords(key, p))) score = 1;
    if (score > (best?.score ?? 0)) best = { field: entry.field, score };
  }
  return best;
};

/** Share of the shorter text's words found in the longer one. */
const overlap = (a: string, b: string): number => {
  const wa = wordsOf(a);
  const wb = new Set(wordsOf(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const hits = wa.filter((w) => wb.has(w)).length;
  return hits / Math.min(wa.length, wb.size);
};

/** How well a header names a criterion (its label, aliases or text): 0 = not at all. */
const scoreCriterionHeader = (key: string, names: readonly string[]): number => {
  let best = 0;
  for (const name of names) {
    const nk = toMatchKey(name);
    if (nk === "") continue;
    if (nk === key) return 3;
    if (key.length >= 8 && (nk.startsWith(key) || key.startsWith(nk))) best = Math.max(best, 2);
    else if (wordsOf(key).length >= 3 && overlap(key, nk) >= 0.8) best = Math.max(best, 1.5);
  }
  return best;
};

const matchNamed = (key: string, list: readonly Named[]): Named | null =>
  list.find((m) => [m.name, ...m.aliases].some((n) => {
    const nk = toMatchKey(dropBrackets(n));
    return nk !== "" && (key === nk || containsWords(key, nk));
  })) ?? null;

const isColumnNumberKey = (key: string): boolean => /^\d{1,2}$/.test(key);

/**
 * Reads one column's header from its cells top to bottom (one for a plain header, two or three
 * for a header spread over merged rows; merged repeats already removed). A criterion named by the
 * plan wins over a generic field; a metric needs a year ("Lợi nhuận" over "Năm 2023").
 */
export const readColumnMeaning = (texts: readonly string[], plan: Plan): ColumnMeaning | null => {
  const keys = texts.map((t) => toMatchKey(dropBrackets(t)) || toMatchKey(t)).filter((k) => k !== "" && !isColumnNumberKey(k));
  if (keys.length === 0) return null;
  const joined = keys.join(" ");
  // The lowest cell names the column most precisely; the whole stack decides between equals.
  const candidates = [...new Set([...keys].reverse().concat(keys.length > 1 ? [joined] : []))];
  const year = findYearInText(texts.join(" "));
  if (year !== null && plan.metrics.length > 0) {
    const metric = matchNamed(joined.replace(String(year), " ").replace(/\s+/g, " ").trim(), plan.metrics);
    if (metric) return { type: "metric", id: metric.id, year: String(year) };
  }
  let bestCriterion: { id: string; score: number } | null = null;
  for (const key of candidates) {
    if (CRITERIA_GROUP_HEADERS.includes(key)) continue;
    for (const c of plan.criteria) {
      const score = scoreCriterionHeader(key, [c.label, ...c.aliases, c.text]);
      if (score > (bestCriterion?.score ?? 0)) bestCriterion = { id: c.id, score };
    }
  }
  let bestField: { field: NominationField; score: number } | null = null;
  for (const key of candidates) {
    const s = scoreFieldHeader(key);
    if (s && s.score > (bestField?.score ?? 0)) bestField = s;
  }
  if (bestCriterion && bestCriterion.score >= (bestField?.score ?? 0)) return { type: "criterion", id: bestCriterion.id };
  if (bestField) return { type: "field", field: bestField.field };
  return null;
};
