import { TCVN3_CAPITALS_LOOKUP, TCVN3_LOOKUP, type CodeLookup } from "./tcvn3Table";
import { VNI_OWN_LOOKUP, VNI_PAIRS, toVniPairKey } from "./vniTable";

/** The pre-Unicode Vietnamese encodings still found in offices' sheets. */
export type LegacyEncoding = "tcvn3" | "vni";

/** Font families: `VNI-…` (VNI-Times, VNI-Helve); `.Vn…` (ABC), also "VnTime"/"VnArial" without the dot. */
const VNI_FONT = /^vni[-_ ]/i;
const TCVN3_FONT = /^(?:\.vn|vn(?:time|arial))/i;

/**
 * From a font name: ".VnTime" → {encoding:"tcvn3", capitals:false}; ".VnTimeH"/".VnArialH" (names
 * ending in H) → {encoding:"tcvn3", capitals:true}; "VNI-Times", "VNI-Helve" → {encoding:"vni",
 * capitals:false}; others → null. Case-insensitive.
 */
export const detectEncodingFromFont = (font: string | null | undefined): { encoding: LegacyEncoding; capitals: boolean } | null => {
  const name = (font ?? "").trim();
  if (VNI_FONT.test(name)) return { encoding: "vni", capitals: false };
  // The ABC set ships each face twice; the copy whose name ends in H draws only capitals.
  if (TCVN3_FONT.test(name)) return { encoding: "tcvn3", capitals: /h$/i.test(name) };
  return null;
};

/** Characters outside Latin-1 mean the text is (at least partly) real Unicode: normalize around it. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
/** Both encodings use only Latin-1 0xA1–0xFF for their codes; a string without any is left alone. */
const LEGACY_CODE = /[\u00a1-\u00ff]/;
const COMBINING_MARK = /\p{M}/u;
/** Vietnamese letters Latin-1 lacks: legacy text is Latin-1 only, so any of these proves Unicode. */
const UNICODE_ONLY_LETTER = /[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/;

const convertWithLookup = (text: string, lookup: CodeLookup): string => {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += (code < 256 ? lookup[code] : undefined) ?? text[i];
  }
  return out;
};

const convertVniCodes = (text: string): string => {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    // Every mark character is in 0xA1–0xFF, so most characters skip the pair lookup.
    const pair = code < 256 && next >= 0xa1 && next < 256 ? VNI_PAIRS.get(toVniPairKey(code, next)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += (code < 256 ? VNI_OWN_LOOKUP[code] : undefined) ?? text[i];
    }
  }
  return out;
};

/**
 * Converts one string; `capitals` = the text was drawn with an uppercase font (.VnTimeH), so
 * lowercase codes stand for capitals. Output is NFC. A string holding a Vietnamese letter that only
 * Unicode has (ă đ ơ ư ạ ả ấ …) is already Unicode and comes back as it is, in NFC.
 */
export const convertLegacyText = (text: string, encoding: LegacyEncoding, capitals = false): string => {
  // Latin-1 characters have no decomposition and compose with nothing, so only text holding other
  // characters can need normalizing; doing it first also restores legacy bytes that went through NFD.
  const mixed = BEYOND_LATIN1.test(text);
  const source = mixed ? text.normalize("NFC") : text;
  // Offices type Unicode into cells that still carry .VnTime; read as TCVN3, "Nguyễn Văn Bé"
  // would become "Nguyễn Văn Bộ".
  if (mixed && UNICODE_ONLY_LETTER.test(source)) return source;
  if (!LEGACY_CODE.test(source) && !capitals) return source;
  let converted: string;
  if (encoding === "tcvn3") converted = convertWithLookup(source, capitals ? TCVN3_CAPITALS_LOOKUP : TCVN3_LOOKUP);
  else converted = capitals ? convertVniCodes(source).toUpperCase() : convertVniCodes(source);
  // Our letters are precomposed: only a combining mark left after one can leave the result unnormalized.
  return mixed && COMBINING_MARK.test(source) ? converted.normalize("NFC") : converted;
};

// ---- Detection from the text alone ----------------------------------------------------------

/** Lowercase Vietnamese letter with marks → its vowel without tone, and whether it carries a tone. */
const VOWEL_PARTS: ReadonlyMap<string, { base: string; toned: boolean }> = (() => {
  const parts = new Map<string, { base: string; toned: boolean }>();
  for (const base of ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]) {
    parts.set(base, { base, toned: false });
    for (const tone of ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]) parts.set((base + tone).normalize("NFC"), { base, toned: true });
  }
  return parts;
})();
const CONSONANT = /^[bcdđghklmnpqrstvx]$/;

const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?";
/** Vowel groups that end a syllable (including those closed by a glide i/y/o/u). */
const OPEN_VOWELS = "iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oa|oe|oi|ôi|ơi|ua|uê|ui|uơ|uy|ưa|ưi|ưu|a|e|ê|i|o|ô|ơ|u|ư|y";
/** Vowel groups that take a final consonant. */
const CLOSED_VOWELS = "uyê|iê|yê|uô|ươ|oă|oa|oe|oo|uâ|uê|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y";
// k ends highland place names (Đắk Lắk) that appear in addresses.
const FINAL = "(?:ch|nh|ng|c|k|m|n|p|t)";
const SYLLABLE = new RegExp(`^${INITIAL}(?:${OPEN_VOWELS}|(?:${CLOSED_VOWELS})${FINAL})$`);
/** Spelling rules: k, gh, ngh only before e ê i y, c never; a scan's "k¥" is no TCVN3 "kơ". */
const MISSPELLED = /^(?:k[^eêiy]|c[eêiy]|n?gh[^eêi])/;

/** Whether a lowercase word is one Vietnamese syllable: known initial, vowel group and final, at most one tone. */
const isVietnameseSyllable = (word: string): boolean => {
  let bare = "";
  let tones = 0;
  for (const letter of word) {
    const vowel = VOWEL_PARTS.get(letter);
    if (vowel !== undefined) {
      bare += vowel.base;
      if (vowel.toned) tones++;
    } else if (CONSONANT.test(letter)) bare += letter;
    else return false;
  }
  return tones <= 1 && SYLLABLE.test(bare) && !MISSPELLED.test(bare);
};

/** Words are split at ASCII spacing, digits and punctuation and cp1252 punctuation, never at Latin-1 symbols: those are letters in both encodings. */
const WORD_SEPARATORS = /[\s\d\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e\u2010-\u2027\u20ac]+/;

/** Latin-1 letters that Unicode Vietnamese uses; every other Latin-1 character is foreign to it. */
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");
const hasForeignCode = (word: string): boolean => {
  for (const ch of word) if (ch >= "\u00a1" && ch <= "\u00ff" && !VIETNAMESE_LATIN1.has(ch)) return true;
  return false;
};
/** VNI base-and-mark pairs made of Vietnamese letters that never stand side by side in Unicode ("eâ", "aê"; not "oà"). */
const VNI_PAIR_OF_LETTERS = /[aeuyô][ùõ]|[ae][âàáã]|a[êèéú]|o[â]/i;
const hasVniWitness = (word: string): boolean => hasForeignCode(word) || VNI_PAIR_OF_LETTERS.test(word);

/**
 * 2 when the witness is inside the word ("Tªn", "Tröôøng"), 1 at an edge ("µm" happens in other
 * languages), 0 for a lone symbol: scans misread letters as "¥" or "¢", which TCVN3 reads as Ơ, Â.
 */
const weighWitness = (word: string, hasWitness: (text: string) => boolean): number => {
  if (word.length < 2) return 0;
  return hasWitness(word.slice(1, -1)) ? 2 : hasWitness(word) ? 1 : 0;
};

type ReadingScore = { unicode: number; tcvn3: number; vni: number; coded: number; tcvn3Words: number; vniWords: number };

/** Adds the evidence one different word gives: which readings of it are Vietnamese syllables. */
const addWordEvidence = (word: string, score: ReadingScore): void => {
  // Proof of Unicode counts double so that a few odd words never outvote it.
  if (UNICODE_ONLY_LETTER.test(word)) {
    score.unicode += 2;
    return;
  }
  if (!LEGACY_CODE.test(word) || BEYOND_LATIN1.test(word)) return;
  score.coded += 1;
  const asUnicode = isVietnameseSyllable(word.toLowerCase());
  const asTcvn3 = isVietnameseSyllable(convertLegacyText(word, "tcvn3").toLowerCase());
  const asVni = isVietnameseSyllable(convertLegacyText(word, "vni").toLowerCase());
  if (asUnicode) {
    if (!asTcvn3 && !asVni) score.unicode += 1;
    return;
  }
  // Only what no Unicode Vietnamese explains bears witness: Unicode typed or scanned with wrong
  // marks ("véi" for "với") reads as TCVN3 ("vội") just as well.
  const tcvn3Weight = asTcvn3 ? weighWitness(word, hasForeignCode) : 0;
  const vniWeight = asVni ? weighWitness(word, hasVniWitness) : 0;
  score.tcvn3 += tcvn3Weight;
  score.tcvn3Words += tcvn3Weight > 0 ? 1 : 0;
  score.vni += vniWeight;
  score.vniWords += vniWeight > 0 ? 1 : 0;
};

/**
 * What one word says, worked out once: every sheet is examined, and the sheets of one batch share
 * most of their words (names, places, movements).
 */
const evidenceByWord = new Map<string, Readonly<ReadingScore>>();
const weighWord = (word: string): Readonly<ReadingScore> => {
  let evidence = evidenceByWord.get(word);
  if (evidence === undefined) {
    const score: ReadingScore = { unicode: 0, tcvn3: 0, vni: 0, coded: 0, tcvn3Words: 0, vniWords: 0 };
    addWordEvidence(word, score);
    evidence = score;
    if (word.length <= 64) {
      if (evidenceByWord.size >= 20_000) evidenceByWord.clear();
      evidenceByWord.set(word, evidence);
    }
  }
  return evidence;
};

/**
 * The words a text sample gives, worked out once per text: the sheets of a batch repeat most of
 * their texts (titles, headers, positions, movements), and normalising and splitting them was most
 * of the guess's time. Empty for a text that holds no character a legacy encoding could explain.
 */
const wordsBySample = new Map<string, readonly string[]>();
const NO_WORDS: readonly string[] = [];
const wordsOfSample = (sample: string): readonly string[] => {
  let words = wordsBySample.get(sample);
  if (words === undefined) {
    const text = BEYOND_LATIN1.test(sample) ? sample.normalize("NFC") : sample;
    words = !LEGACY_CODE.test(text) && !BEYOND_LATIN1.test(text) ? NO_WORDS : text.split(WORD_SEPARATORS);
    if (sample.length <= 256) {
      if (wordsBySample.size >= 20_000) wordsBySample.clear();
      wordsBySample.set(sample, words);
    }
  }
  return words;
};

const MIN_WITNESS_SHARE = 0.2;

/**
 * From the text alone (when font names were lost, e.g. a CSV or a file re-saved with Arial): a
 * score-based guess over many strings; returns null for ordinary Unicode (incl. NFD) Vietnamese or
 * English. Each word is read three ways (as is, as TCVN3, as VNI) and scores for the readings that
 * give a Vietnamese syllable; a legacy encoding wins only with witnesses in 2 words or more and in
 * at least a fifth of the words that hold Latin-1 letters, and more than twice the points of Unicode.
 */
export const detectEncodingFromText = (samples: readonly string[]): LegacyEncoding | null => {
  // Each different word counts once: a unit ("µm") or a scanner's habit repeated down a column is
  // one piece of evidence, not fifty.
  const words = new Set<string>();
  for (const sample of samples) for (const word of wordsOfSample(sample)) words.add(word);
  const score: ReadingScore = { unicode: 0, tcvn3: 0, vni: 0, coded: 0, tcvn3Words: 0, vniWords: 0 };
  for (const word of words) {
    const evidence = weighWord(word);
    score.unicode += evidence.unicode;
    score.tcvn3 += evidence.tcvn3;
    score.vni += evidence.vni;
    score.coded += evidence.coded;
    score.tcvn3Words += evidence.tcvn3Words;
    score.vniWords += evidence.vniWords;
  }
  if (score.tcvn3 === score.vni) return null;
  const [encoding, points, witnesses]: [LegacyEncoding, number, number] =
    score.tcvn3 > score.vni ? ["tcvn3", score.tcvn3, score.tcvn3Words] : ["vni", score.vni, score.vniWords];
  // Half or more of the coded words of a real legacy sheet bear witness (measured 0.5–0.7); text
  // scanned or typed with wrong marks has a stray symbol now and then (measured under 0.01).
  if (witnesses < 2 || points <= 2 * score.unicode || witnesses < MIN_WITNESS_SHARE * score.coded) return null;
  return encoding;
};
