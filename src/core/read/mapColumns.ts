import type { NominationField } from "../model";
import type { Named, Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import { findCriteriaHoldingPhrase } from "./criterionPhrases";
import { CRITERIA_GROUP_HEADERS, FIELD_HEADERS } from "./dictionary";
import { findYearInText } from "./parseValues";

/**
 * What one column of a header is. A "criterion" column is a mark column: a criterion's, or a flag's
 * (`plan.flags`, read the same way and never judged). `also`: other criteria the same column marks
 * (a plan's general criteria for collectives and for individuals, both called "Tiêu chí chung", or
 * whose texts both hold the column's phrase). `part`: one of the criterion's parts rather than its
 * name — a sub-column of a header that names it ("Tiêu chí chung" over four), or a phrase of its
 * text standing alone ("Gương mẫu chấp hành chủ trương, chính sách"). Every column of a criterion,
 * whole or part, must be marked.
 */
export type ColumnMeaning =
  | { type: "field"; field: NominationField }
  | { type: "criterion"; id: string; also?: string[]; part?: true }
  | { type: "metric"; id: string; year: string };

const wordsOf = (key: string): string[] => key.split(" ").filter(Boolean);

/** Whether `phrase` stands in `key` as whole words. */
const containsWords = (key: string, phrase: string): boolean => ` ${key} `.includes(` ${phrase} `);

/** Units and hints in brackets ("Doanh thu (triệu đồng)", "Đối tượng (CN/TT)") say nothing about which column it is. */
const dropBrackets = (text: string): string => text.replace(/\([^()]*\)/g, " ");

/** The dictionary made ready for matching once: exact phrases in a set, phrases padded for whole words. */
const FIELD_PHRASES = FIELD_HEADERS.map((entry) => ({ field: entry.field, exact: new Set(entry.exact), contains: entry.contains.map((p) => ` ${p} `) }));

/** Every cell of the first rows is tried as a header, so this runs some hundreds of times per sheet. */
const scoreFieldHeader = (key: string): { field: NominationField; score: number } | null => {
  const padded = ` ${key} `;
  let best: { field: NominationField; score: number } | null = null;
  for (const entry of FIELD_PHRASES) {
    let score = 0;
    if (entry.exact.has(key)) score = 3;
    else if (entry.contains.some((p) => padded.includes(p))) score = 1;
    if (score > (best?.score ?? 0)) best = { field: entry.field, score };
  }
  return best;
};

/** A name of the plan as a key, with its words: made once per plan, matched against every header cell. */
interface NameKey {
  nk: string;
  words: ReadonlySet<string>;
  /** A criterion's label or alias, or a flag's name or alias (short names), rather than a criterion's text. */
  name: boolean;
}

const toNameKey = (nk: string, name: boolean): NameKey => ({ nk, words: new Set(wordsOf(nk)), name });

/** "Tiêu chí" and "Tiêu chuẩn" begin most criteria's labels: sharing them says nothing of which criterion a header names. */
const withoutCriterionWords = (keyWords: readonly string[]): string[] => {
  const out: string[] = [];
  for (let k = 0; k < keyWords.length; k++) {
    const next = keyWords[k + 1];
    if (keyWords[k] === "tieu" && (next === "chi" || next === "chuan")) k++;
    else out.push(keyWords[k] ?? "");
  }
  return out;
};

/** Share of the shorter text's words found in the longer one. */
const overlap = (keyWords: readonly string[], name: NameKey): number => {
  const wb = name.words;
  if (keyWords.length === 0 || wb.size === 0) return 0;
  let hits = 0;
  for (const w of keyWords) if (wb.has(w)) hits++;
  return hits / Math.min(keyWords.length, wb.size);
};

/**
 * How well a header names a criterion: 3 its label, an alias or its whole text; 2 the beginning
 * of one of them, or one of them and more; 1.5 most words of its label or an alias. A criterion's
 * long text is never matched by its words alone: a header that is a phrase inside it is one of its
 * parts (criterionPhrases.ts). 0 = not at all.
 */
const scoreCriterionHeader = (key: string, keyWords: readonly string[], names: readonly NameKey[]): number => {
  let best = 0;
  let significant: string[] | null = null;
  for (const name of names) {
    const { nk } = name;
    if (nk === key) return 3;
    if (key.length >= 8 && (nk.startsWith(key) || key.startsWith(nk))) best = Math.max(best, 2);
    else if (name.name && keyWords.length >= 3 && best < 1.5) {
      significant ??= withoutCriterionWords(keyWords);
      if (significant.length >= 3 && overlap(significant, name) >= 0.8) best = 1.5;
    }
  }
  return best;
};

interface MarkColumnKeys {
  id: string;
  names: NameKey[];
  /** The label and aliases alone: what names the column exactly, as a group over its parts may. */
  exact: ReadonlySet<string>;
}

const criterionKeysOf = new WeakMap<Plan, MarkColumnKeys[]>();
/** Each criterion's label, aliases and text, then each flag's name and aliases, as keys, made once per plan. */
const listCriterionKeys = (plan: Plan): MarkColumnKeys[] => {
  let keys = criterionKeysOf.get(plan);
  if (!keys) {
    const make = (id: string, exact: readonly string[], more: readonly string[]): MarkColumnKeys => {
      const exactKeys = exact.map(toMatchKey).filter((nk) => nk !== "");
      const moreKeys = more.map(toMatchKey).filter((nk) => nk !== "");
      return { id, names: [...exactKeys.map((nk) => toNameKey(nk, true)), ...moreKeys.map((nk) => toNameKey(nk, false))], exact: new Set(exactKeys) };
    };
    keys = [...plan.criteria.map((c) => make(c.id, [c.label, ...c.aliases], [c.text])), ...plan.flags.map((f) => make(f.id, [f.name, ...f.aliases], []))];
    criterionKeysOf.set(plan, keys);
  }
  return keys;
};

/**
 * The criteria the best of the header's keys names, with that score: every criterion that scores
 * as well ("Tiêu chuẩn văn hóa công sở" names the collectives' and the individuals' alike).
 */
const findNamedCriteria = (candidates: readonly string[], plan: Plan): { ids: string[]; score: number } | null => {
  let best: { ids: string[]; score: number } | null = null;
  for (const key of candidates) {
    if (CRITERIA_GROUP_HEADERS.includes(key)) continue;
    const keyWords = wordsOf(key);
    for (const c of listCriterionKeys(plan)) {
      const score = scoreCriterionHeader(key, keyWords, c.names);
      if (score === 0 || score < (best?.score ?? 0)) continue;
      if (best === null || score > best.score) best = { ids: [c.id], score };
      else if (!best.ids.includes(c.id)) best.ids.push(c.id);
    }
  }
  return best;
};

/**
 * The criteria a header names exactly by label or alias, when the lowest cell names none closely:
 * "Tiêu chí chung" alone, or over sub-columns ("Gương mẫu chấp hành…", "Hoàn thành xuất sắc…")
 * that are then parts of it. Empty for most headers and most plans.
 */
const findNamedByGroup = (keys: readonly string[], plan: Plan, leafScore: number): string[] => {
  const top = keys[0];
  if (top === undefined || leafScore >= 2) return [];
  return listCriterionKeys(plan)
    .filter((c) => c.exact.has(top))
    .map((c) => c.id);
};

/** A criterion column's meaning: the first id, the others it marks too. */
const criterionMeaning = (ids: readonly string[], part: boolean): ColumnMeaning | null => {
  const [id, ...also] = ids;
  if (id === undefined) return null;
  return { type: "criterion", id, ...(also.length > 0 ? { also } : {}), ...(part ? { part: true as const } : {}) };
};

const namedKeysOf = new WeakMap<readonly Named[], { item: Named; nks: string[] }[]>();
const listNamedKeys = (list: readonly Named[]): { item: Named; nks: string[] }[] => {
  let keys = namedKeysOf.get(list);
  if (!keys) {
    keys = list.map((item) => ({ item, nks: [item.name, ...item.aliases].map((n) => toMatchKey(dropBrackets(n))).filter((nk) => nk !== "") }));
    namedKeysOf.set(list, keys);
  }
  return keys;
};

const matchNamed = (key: string, list: readonly Named[]): Named | null =>
  listNamedKeys(list).find(({ nks }) => nks.some((nk) => key === nk || containsWords(key, nk)))?.item ?? null;

const informationKeysOf = new WeakMap<Plan, ReadonlySet<string>>();
/** Whether a header cell names something the plan asks each nomination to tell (`plan.information`). */
export const isInformationKey = (key: string, plan: Plan): boolean => {
  let keys = informationKeysOf.get(plan);
  if (!keys) {
    keys = new Set(plan.information.flatMap((i) => [i.label, ...i.aliases]).map((t) => toMatchKey(dropBrackets(t))).filter((k) => k !== ""));
    informationKeysOf.set(plan, keys);
  }
  return keys.has(key);
};

/** The same for an unmapped column's header as findHeader lists it ("Thông tin / Quê quán"). */
export const isInformationHeader = (header: string, plan: Plan): boolean => header.split(" / ").some((part) => isInformationKey(toMatchKey(dropBrackets(part)), plan));

const MAX_HEADER_TEXT = 4000;

const isColumnNumberKey = (key: string): boolean => /^\d{1,2}$/.test(key);

/**
 * Reads one column's header from its cells top to bottom (one for a plain header, two or three
 * for a header spread over merged rows; merged repeats already removed). A criterion named by the
 * plan wins over a generic field; a metric needs a year ("Lợi nhuận" over "Năm 2023").
 */
export const readColumnMeaning = (texts: readonly string[], plan: Plan): ColumnMeaning | null => {
  // A header is at most a criterion's whole text (under 2,000 characters in every plan); a cell of
  // up to 32,767 is data, and matching it against every name costs ~0.1 s a cell for nothing.
  if (texts.some((t) => t.length > MAX_HEADER_TEXT)) return null;
  // Every cell of a sheet's first rows is tried, and every unit's sheet has the same header and
  // the same few marks and kinds: each stack of texts is read once per plan.
  const memoKey = texts.join("\u0000");
  if (memoKey.length > MAX_REMEMBERED_TEXT) return readMeaning(texts, plan);
  let remembered = meaningsByPlan.get(plan);
  if (!remembered) meaningsByPlan.set(plan, (remembered = new Map()));
  let meaning = remembered.get(memoKey);
  if (meaning === undefined) {
    meaning = readMeaning(texts, plan);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(memoKey, meaning);
  }
  return meaning && { ...meaning };
};

const MAX_REMEMBERED = 20_000;
const MAX_REMEMBERED_TEXT = 512;
const meaningsByPlan = new WeakMap<Plan, Map<string, ColumnMeaning | null>>();

const readMeaning = (texts: readonly string[], plan: Plan): ColumnMeaning | null => {
  // Brackets hold units and hints ("(triệu đồng)", "(đánh dấu x)"), or whose criterion it is ("Tiêu
  // chí chung (tập thể)"): criteria are matched with and without them, fields without.
  const cells = texts.map((t) => ({ key: toMatchKey(dropBrackets(t)) || toMatchKey(t), full: toMatchKey(t) })).filter((c) => c.key !== "" && !isColumnNumberKey(c.key));
  const keys = cells.map((c) => c.key);
  const leaf = cells[cells.length - 1];
  if (leaf === undefined) return null;
  const joined = keys.join(" ");
  // The lowest cell names the column most precisely; the whole stack decides between equals.
  const candidates = [...new Set([...keys].reverse().concat(keys.length > 1 ? [joined] : []))];
  const year = findYearInText(texts.join(" "));
  if (year !== null && plan.metrics.length > 0) {
    const metric = matchNamed(joined.replace(String(year), " ").replace(/\s+/g, " ").trim(), plan.metrics);
    if (metric) return { type: "metric", id: metric.id, year: String(year) };
  }
  // A column of what the plan asks each nomination to tell ("Quê quán", "Quá trình khen thưởng") is
  // kept as it is: never taken for a criterion whose long text happens to share its words.
  if (plan.information.length > 0 && keys.some((k) => isInformationKey(k, plan)) && !candidates.some((k) => scoreFieldHeader(k)?.score === 3)) return null;
  const leafScore = findNamedCriteria([leaf.full, leaf.key], plan)?.score ?? 0;
  const group = findNamedByGroup(keys, plan, leafScore);
  if (group.length > 0) return criterionMeaning(group, keys.length > 1);
  const named = findNamedCriteria([...new Set([...cells].reverse().map((c) => c.full).concat(candidates))], plan);
  let bestField: { field: NominationField; score: number } | null = null;
  for (const key of candidates) {
    const s = scoreFieldHeader(key);
    if (s && s.score > (bestField?.score ?? 0)) bestField = s;
  }
  if (named && named.score >= (bestField?.score ?? 0)) return criterionMeaning(named.ids, false);
  // A phrase of criteria's texts is a part of each, unless the header names a field exactly.
  if ((bestField?.score ?? 0) < 3) {
    for (const key of candidates) {
      if (CRITERIA_GROUP_HEADERS.includes(key)) continue;
      const ids = findCriteriaHoldingPhrase(key, plan);
      if (ids.length > 0) return criterionMeaning(ids, true);
    }
  }
  if (bestField) return { type: "field", field: bestField.field };
  return null;
};
