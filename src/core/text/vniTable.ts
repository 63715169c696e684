import type { CodeLookup } from "./tcvn3Table";

/**
 * VNI-Windows, the encoding of the VNI-Times family of fonts: a vowel is a base letter followed by
 * one mark character that the font draws over it ("Tröôøng" = T r ư ơ+grave n g). Excel keeps each
 * byte as its Latin-1 code point. Letters that need no mark character have one code of their own.
 */
const VNI_OWN_CODES: readonly (readonly [string, string])[] = [
  ["ñ", "đ"], ["ö", "ư"], ["ô", "ơ"],
  // i and ỵ carry their tone in a single code; ì and í sit where Latin-1 has them.
  ["ì", "ì"], ["í", "í"], ["æ", "ỉ"], ["ó", "ĩ"], ["ò", "ị"], ["î", "ỵ"],
];

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** Mark characters that add a tone only. */
const TONE_MARKS: readonly (readonly [string, string])[] = [["ø", GRAVE], ["ù", ACUTE], ["û", HOOK], ["õ", TILDE], ["ï", DOT]];
/** Mark characters for â ê ô, alone or with a tone. */
const CIRCUMFLEX_MARKS: readonly (readonly [string, string])[] = [["â", ""], ["à", GRAVE], ["á", ACUTE], ["å", HOOK], ["ã", TILDE], ["ä", DOT]];
/** Mark characters for ă, alone or with a tone. */
const BREVE_MARKS: readonly (readonly [string, string])[] = [["ê", ""], ["è", GRAVE], ["é", ACUTE], ["ú", HOOK], ["ü", TILDE], ["ë", DOT]];

/** [VNI base character, Unicode base letter, the mark set it takes, the modifier that set adds]. */
const BASE_MARKS: readonly (readonly [string, string, readonly (readonly [string, string])[], string])[] = [
  ...["a", "e", "o", "u", "y"].map((letter) => [letter, letter, TONE_MARKS, ""] as const),
  ["ö", "ư", TONE_MARKS, ""],
  ["ô", "ơ", TONE_MARKS, ""],
  ...["a", "e", "o"].map((letter) => [letter, letter, CIRCUMFLEX_MARKS, CIRCUMFLEX] as const),
  ["a", "a", BREVE_MARKS, BREVE],
];

/** The key of a base character followed by a mark character in {@link VNI_PAIRS}. */
export const toVniPairKey = (base: number, mark: number): number => base * 256 + mark;

const buildVniPairs = (): ReadonlyMap<number, string> => {
  const pairs = new Map<number, string>();
  for (const [vniBase, base, marks, modifier] of BASE_MARKS) {
    for (const [mark, tone] of marks) {
      const lower = (base + modifier + tone).normalize("NFC");
      const upper = lower.toUpperCase();
      // The font has a capital-height copy of each mark; which one was typed does not change the
      // letter, so the base decides the case.
      for (const markCase of [mark, mark.toUpperCase()]) {
        pairs.set(toVniPairKey(vniBase.charCodeAt(0), markCase.charCodeAt(0)), lower);
        pairs.set(toVniPairKey(vniBase.toUpperCase().charCodeAt(0), markCase.charCodeAt(0)), upper);
      }
    }
  }
  return pairs;
};

const buildVniOwnLookup = (): CodeLookup => {
  const lookup: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const [code, letter] of VNI_OWN_CODES) {
    lookup[code.charCodeAt(0)] = letter;
    lookup[code.toUpperCase().charCodeAt(0)] = letter.toUpperCase();
  }
  return lookup;
};

/** Base character and mark character (by {@link toVniPairKey}) → the one Unicode letter, NFC. */
export const VNI_PAIRS: ReadonlyMap<number, string> = buildVniPairs();
/** Characters that are a whole letter by themselves (đ ư ơ and the i/ỵ with tones), both cases. */
export const VNI_OWN_LOOKUP: CodeLookup = buildVniOwnLookup();
