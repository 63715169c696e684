import type { Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";

/**
 * Which criteria hold a header as a phrase of their text. Sheets often give a criterion's points
 * as columns of their own with short labels ("Gương mẫu chấp hành chủ trương, chính sách" for "…
 * gương mẫu chấp hành tốt chủ trương đường lối của Đảng, chính sách pháp luật …"); such a column
 * is a part of every criterion whose text holds it. A phrase is runs of the header's words
 * standing in the text in the header's order, at most two of the text's words between two of
 * them, the runs in the text's order too, the first of at least three words and the others of at
 * least two ("chủ trương, chính sách" for "chủ trương đường lối của Đảng, chính sách"), covering
 * four in five of the header's words: "Tương thân tương ái, tham gia hoạt động xã hội" is two runs
 * of (b) of Tủa Chùa's general criteria, while "Hoàn thành xuất sắc nhiệm vụ" is no phrase of (a),
 * which says "xuất sắc" once.
 */

const MAX_GAP = 2;
const MIN_RUN = 3;
const MIN_LATER_RUN = 2;
/** A phrase found in more specific criteria than this says nothing of which one the column marks. */
const MAX_SPECIFIC_HOLDERS = 2;
/** A header longer than this is a cell of text, not a column's name. */
const MAX_HEADER_WORDS = 40;

interface CriterionText {
  id: string;
  general: boolean;
  words: readonly string[];
  /** Where each word stands in `words`, first to last. */
  at: ReadonlyMap<string, readonly number[]>;
}

const textsOf = new WeakMap<Plan, CriterionText[]>();
/** Each criterion's text as words and where each word stands, made once per plan. */
const listCriterionTexts = (plan: Plan): CriterionText[] => {
  let texts = textsOf.get(plan);
  if (!texts) {
    texts = plan.criteria.map((c) => {
      const words = toMatchKey(c.text).split(" ").filter(Boolean);
      const at = new Map<string, number[]>();
      words.forEach((w, p) => {
        const list = at.get(w);
        if (list) list.push(p);
        else at.set(w, [p]);
      });
      return { id: c.id, general: c.group === "general", words, at };
    });
    textsOf.set(plan, texts);
  }
  return texts;
};

/** How many of the header's words runs of the text cover, as above; stops once four in five cannot be reached. */
export const countPhraseWords = (header: readonly string[], words: readonly string[], at: ReadonlyMap<string, readonly number[]>): number => {
  const n = header.length;
  const needed = Math.ceil((4 * n) / 5);
  let covered = 0;
  let from = 0;
  let i = 0;
  while (i + (covered === 0 ? MIN_RUN : MIN_LATER_RUN) <= n && covered + (n - i) >= needed) {
    let bestLength = 0;
    let bestEnd = -1;
    for (const p of at.get(header[i] ?? "") ?? []) {
      if (p < from) continue;
      let length = 1;
      let last = p;
      while (i + length < n) {
        const next = header[i + length];
        let found = -1;
        for (let q = last + 1; q <= last + 1 + MAX_GAP && q < words.length; q++) {
          if (words[q] === next) {
            found = q;
            break;
          }
        }
        if (found < 0) break;
        length++;
        last = found;
      }
      if (length > bestLength) {
        bestLength = length;
        bestEnd = last;
      }
    }
    if (bestLength >= (covered === 0 ? MIN_RUN : MIN_LATER_RUN)) {
      covered += bestLength;
      i += bestLength;
      from = bestEnd + 1;
    } else i++;
  }
  return covered;
};

/**
 * The ids of the criteria whose text holds the header (a match key) as a phrase, in the plan's
 * order; where a general criterion holds it, the general ones only: a specific criterion restating
 * a general point ("Gương mẫu chấp hành …" in a movement's text) is met through the same cell, and
 * every nominee is held to the general ones already. A phrase that only specific criteria hold, more
 * than two of them ("Hoàn thành xuất sắc nhiệm vụ" in five of Tủa Chùa's), names none: the column
 * is left unmapped and said so, rather than guessed.
 */
export const findCriteriaHoldingPhrase = (key: string, plan: Plan): string[] => {
  const header = key.split(" ").filter(Boolean);
  if (header.length < MIN_RUN || header.length > MAX_HEADER_WORDS) return [];
  const needed = Math.ceil((4 * header.length) / 5);
  const holding = listCriterionTexts(plan).filter((t) => countPhraseWords(header, t.words, t.at) >= needed);
  const general = holding.filter((t) => t.general);
  if (general.length > 0) return general.map((t) => t.id);
  return holding.length <= MAX_SPECIFIC_HOLDERS ? holding.map((t) => t.id) : [];
};
