import { cleanText, hasDiacritics, toMatchKey } from "../text/normalize";
import { UNIT_KIND_WORDS, type UnitCasing } from "./unitWords";

/**
 * How Vietnamese administrative writing capitalises a unit's name, for names that reach us in
 * capitals ("UBND THỊ TRẤN TỦA CHÙA") or without case (a file name): the kind's first syllable
 * ("Thị trấn", "Phòng", "Công ty"); a place name in every syllable ("Tủa Chùa"); a function name
 * in its first syllable and after "-" or "và" ("Phòng Kinh tế - Hạ tầng", "Phòng Văn hóa và Thông
 * tin"); acronyms in capitals (UBND, THCS, TNHH).
 */

type Casing = UnitCasing;

/** Words inside a name that start a place name ("… huyện Tủa Chùa", "Công an xã …", "Chi bộ thôn Đồng Tâm"). */
const PLACE_WORDS = ["thành phố", "thị trấn", "thị xã", "xã", "phường", "huyện", "quận", "tỉnh", "thôn", "bản", "làng", "xóm", "ấp", "khóm", "buôn", "sóc", "khu phố", "khu dân cư", "tổ dân phố", "đặc khu"];
const SCHOOL_LEVELS = ["mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông", "phổ thông dân tộc bán trú", "phổ thông dân tộc nội trú", "tiểu học và trung học cơ sở"];
/** Phrases spelled one way wherever they stand. */
const PROPER_PHRASES: ReadonlyMap<string, string> = new Map([
  ["tổ quốc", "Tổ quốc"], ["việt nam", "Việt Nam"], ["hồ chí minh", "Hồ Chí Minh"], ["mặt trận tổ quốc", "Mặt trận Tổ quốc"],
  ["liên hiệp phụ nữ", "Liên hiệp Phụ nữ"], ["thanh niên cộng sản", "Thanh niên Cộng sản"], ["công tác mặt trận", "Công tác Mặt trận"],
]);
/** In a business's name, the words of its form and trade are cased like a function ("Công ty Cổ phần Xây dựng Tủa Chùa"). */
const BUSINESS_WORDS = [
  "cổ phần", "trách nhiệm hữu hạn", "dịch vụ", "nông nghiệp", "lâm nghiệp", "xây dựng", "thương mại", "sản xuất", "đầu tư", "phát triển", "vận tải",
  "tổng hợp", "môi trường", "chăn nuôi", "tư vấn", "kinh doanh", "điện nước", "thủy lợi", "một thành viên",
];
const ACRONYMS = new Set(["UBND", "HĐND", "TNHH", "MTTQ", "HTX", "CP", "TDP", "THCS", "THPT", "PTDTBT", "PTDTNT", "CA", "BCH", "QS", "CCB", "LĐLĐ", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"]);

const capitalize = (w: string): string => w.replace(/^(\P{L}*)(\p{L})/u, (_m, pre: string, ch: string) => pre + ch.toLocaleUpperCase("vi"));

/**
 * The phrase of `phrases` that `words` begin with at `at`, longest first. Text written without
 * marks (a file name) is matched without marks; marked text only as spelled ("quân" is no "quận").
 */
const matchPhraseAt = (words: Words, at: number, phrases: readonly Phrase[]): { length: number; phrase: string } | null => {
  // Each unit's name is cased several times per sheet: the words joined, their key and the
  // phrases' words and keys are each made once rather than for every phrase tried.
  const joined = new Map<number, string>();
  const joinAt = (length: number): string => {
    let text = joined.get(length);
    if (text === undefined) joined.set(length, (text = words.list.slice(at, at + length).join(" ")));
    return text;
  };
  const keyed = new Map<number, string>();
  const keyAt = (length: number): string => {
    let key = keyed.get(length);
    if (key === undefined) keyed.set(length, (key = toMatchKey(joinAt(length))));
    return key;
  };
  for (const exact of words.unmarked ? [true, false] : [true]) {
    let best: { length: number; phrase: string } | null = null;
    for (const p of phrases) {
      if (at + p.length > words.list.length) continue;
      const same = exact ? joinAt(p.length) === p.phrase : keyAt(p.length) === p.key;
      if (same && p.length > (best?.length ?? 0)) best = { length: p.length, phrase: p.phrase };
    }
    if (best) return best;
  }
  return null;
};

/** A phrase to look for, with its length in words and its key. */
interface Phrase {
  phrase: string;
  length: number;
  key: string;
}

const preparePhrases = (phrases: readonly string[]): Phrase[] => phrases.map((phrase) => ({ phrase, length: phrase.split(" ").length, key: toMatchKey(phrase) }));

/** The words of a name, and whether it was written without marks (a file name): then phrases match without marks too. */
interface Words {
  list: readonly string[];
  unmarked: boolean;
}

const toWords = (list: readonly string[]): Words => ({ list, unmarked: !hasDiacritics(list.join(" ")) });

const UNIT_KIND_LIST = preparePhrases(UNIT_KIND_WORDS.map(([w]) => w));
const PROPER_PHRASE_LIST = preparePhrases([...PROPER_PHRASES.keys()]);
const SCHOOL_LEVEL_LIST = preparePhrases(SCHOOL_LEVELS);
const PLACE_WORD_LIST = preparePhrases(PLACE_WORDS);
const BUSINESS_WORD_LIST = preparePhrases(BUSINESS_WORDS);

const caseWord = (word: string, capital: boolean, original: string): string => {
  if (ACRONYMS.has(original.toLocaleUpperCase("vi"))) return original.toLocaleUpperCase("vi");
  return capital ? capitalize(word) : word;
};

/** Cases the words after the kind: `mode` says how, a place word switches to a place name, "-" and "và" start a new function word. */
const caseRest = (words: readonly string[], originals: readonly string[], mode: Casing): string[] => {
  const out: string[] = [];
  const phraseWords = toWords(words);
  let inPlace = mode === "place" || mode === "name";
  let capitalNext = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const original = originals[i] ?? word;
    const proper = matchPhraseAt(phraseWords, i, PROPER_PHRASE_LIST);
    if (proper) {
      out.push(PROPER_PHRASES.get(proper.phrase) ?? proper.phrase);
      i += proper.length - 1;
      capitalNext = false;
      continue;
    }
    const business = mode === "name" ? matchPhraseAt(phraseWords, i, BUSINESS_WORD_LIST) : null;
    if (business) {
      out.push(...words.slice(i, i + business.length).map((w, k) => (k === 0 ? capitalize(w) : w)));
      i += business.length - 1;
      continue;
    }
    // "Tổ dân phố số 5", "Thôn số 3": the word for a number is no part of the place's name.
    if (word === "số" && /^\d/.test(words[i + 1] ?? "")) {
      out.push(word);
      continue;
    }
    const school = mode === "school" && i === 0 ? matchPhraseAt(phraseWords, i, SCHOOL_LEVEL_LIST) : null;
    if (school) {
      out.push(...words.slice(i, i + school.length).map((w, k) => (k === 0 ? capitalize(w) : w)));
      i += school.length - 1;
      inPlace = true;
      continue;
    }
    const place = !inPlace ? matchPhraseAt(phraseWords, i, PLACE_WORD_LIST) : null;
    if (place) {
      out.push(...words.slice(i, i + place.length));
      i += place.length - 1;
      inPlace = true;
      continue;
    }
    out.push(caseWord(word, inPlace || capitalNext, original));
    capitalNext = word === "-" || word === "–" || word === "và";
    // "Trường THCS Hòa Bình": after the school's level comes its place.
    if (mode === "school" && i === 0) inPlace = true;
  }
  return out;
};

/** A lower-case letter carrying a tone mark (huyền, sắc, hỏi, ngã, nặng): "ờ", "ọ", "ụ". */
const TONED = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Whether text in mixed case was typed in capitals: TCVN3 (ABC) has capital codes only for Ă Â Ê
 * Ô Ơ Ư Đ, so capitals typed in .VnTime show every toned letter in lower case ("PHƯờNG NGọC THụY").
 * Text whose only lower-case letters carry a tone mark is such text.
 */
export const isTypedInCapitals = (text: string): boolean => {
  if (!/\p{Lu}/u.test(text)) return false;
  for (const ch of text) if (/\p{Ll}/u.test(ch) && !TONED.test(ch.normalize("NFD"))) return false;
  return true;
};

/**
 * "THỊ TRẤN TỦA CHÙA" → "Thị trấn Tủa Chùa", "PHÒNG NỘI VỤ" → "Phòng Nội vụ", "PHƯờNG NGọC THụY"
 * (TCVN3 capitals) → "Phường Ngọc Thụy". Text already in mixed case is kept, its first letter a capital.
 */
export const formatUnitName = (text: string): string => {
  const clean = cleanText(text);
  // A name begins with a capital: "ủy ban …" is how .VnTime, with no code for "Ủ", had it typed.
  if (/\p{Ll}/u.test(clean) && /\p{Lu}/u.test(clean) && !isTypedInCapitals(clean)) return clean.replace(/^\p{Ll}/u, (ch) => ch.toLocaleUpperCase("vi"));
  const originals = clean.split(" ");
  const words = originals.map((w) => w.toLocaleLowerCase("vi"));
  const kind = matchPhraseAt(toWords(words), 0, UNIT_KIND_LIST);
  if (!kind) return caseRest(words, originals, "place").join(" ");
  const [, casing = "place", display] = UNIT_KIND_WORDS.find(([w]) => w === kind.phrase) ?? [];
  const head = display ?? words.slice(0, kind.length).map((w, k) => (k === 0 ? capitalize(w) : w)).join(" ");
  return [head, ...caseRest(words.slice(kind.length), originals.slice(kind.length), casing)].join(" ");
};
