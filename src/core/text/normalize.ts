/** Unicode NFC, the one form the product keeps text in (NFD "tổ hợp" input becomes NFC). */
export const toNFC = (text: string): string => text.normalize("NFC");

const slowCleanText = (text: string): string =>
  toNFC(text)
    .replace(/[\u00A0\u2007\u202F\s]+/gu, " ")
    .trim();

const slowMatchKey = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();

/**
 * Text already clean: words of ASCII or Latin letters (Vietnamese among them, every one of them
 * precomposed and left alone by NFC in any company) with single spaces between. One regular
 * expression decides it faster than any loop; anything else takes the general path.
 */
const ALREADY_CLEAN = /^[!-~\u00a1-\u024f\u1e00-\u1eff]+(?: [!-~\u00a1-\u024f\u1e00-\u1eff]+)*$/;

/** Trims, turns line breaks and runs of spaces (incl. no-break) into one space, NFC. */
export const cleanText = (text: string): string => (ALREADY_CLEAN.test(text) ? text : slowCleanText(text));

// cleanText and toMatchKey run on most cells of every row. Texts made only of ASCII and Latin
// letters (Vietnamese among them) take a fast path with the same result as the general one, which
// handles anything else. The match key's table is derived from the general function, character
// by character.
const TABLE_SIZE = 0x1f00;
const inTableRange = (c: number): boolean => c < 0x250 || (c >= 0x300 && c <= 0x36f) || c >= 0x1e00;

/** What a character becomes in a match key, besides a single character code: */
const GENERAL = 0; // not in the table: the general path decides
const MARK = -1; // dropped
const SEPARATOR = -2; // one space between words
let keyTable: Int32Array | null = null;
/** Each character's part of a match key, derived from the general function one character at a time. */
const buildKeyTable = (): Int32Array => {
  const table = new Int32Array(TABLE_SIZE).fill(GENERAL);
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (!inTableRange(c)) continue;
    if (c >= 0x300 && c <= 0x36f) {
      table[c] = MARK;
      continue;
    }
    const base = String.fromCharCode(c).normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (base === "" || /\p{M}/u.test(base)) continue;
    const lower = base.replace(/[đĐ]/g, "d").toLowerCase();
    if (lower.length === 1 && /^[\p{L}\p{N}%]$/u.test(lower)) table[c] = lower.charCodeAt(0);
    else if (/^[^\p{L}\p{N}%]+$/u.test(lower)) table[c] = SEPARATOR;
  }
  return table;
};

const MAX_TABLE_TEXT = 2048;
const keyCodes: number[] = [];

/**
 * A key for matching names without regard to diacritics, case, spacing or Unicode form:
 * "Nguyễn  Văn HÙNG" and "nguyen van hung" give the same key. đ → d.
 */
export const toMatchKey = (text: string): string => {
  if (text.length > MAX_TABLE_TEXT) return slowMatchKey(text);
  const table = (keyTable ??= buildKeyTable());
  // The codes go into one array kept between calls (emptying it would give up its storage).
  let length = 0;
  let pendingSpace = false;
  // Whether the key so far is the text itself ("1", "x", a key made earlier): then no new string.
  let same = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const part = c < TABLE_SIZE ? (table[c] ?? GENERAL) : GENERAL;
    if (part > 0) {
      if (pendingSpace) {
        keyCodes[length++] = 0x20;
        pendingSpace = false;
        same &&= text.charCodeAt(i - 1) === 0x20 && length === i;
      }
      keyCodes[length++] = part;
      same &&= part === c;
    } else if (part === SEPARATOR) pendingSpace = length > 0;
    else if (part === GENERAL) return slowMatchKey(text);
    else same = false;
  }
  if (same && length === text.length) return text;
  keyCodes.length = length;
  // One flat string at once: keys are hashed into maps, which would flatten a string built by `+=`.
  return String.fromCharCode.apply(null, keyCodes);
};

const LOWER_WORDS = new Set<string>();
const KEEP_UPPER = new Set(["UBND", "HĐND", "TNHH", "MTTQ", "HTX", "CP", "TDP", "THCS", "THPT", "CA", "BCH", "QS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"]);

/** "PHƯỜNG BỒ ĐỀ" or "phuong bo de"-like text written in capitals → "Phường Bồ Đề". Mixed case is kept. */
export const toProperCase = (text: string): string => {
  const clean = cleanText(text);
  const hasLower = /\p{Ll}/u.test(clean);
  const hasUpper = /\p{Lu}/u.test(clean);
  if (hasLower && hasUpper) return clean;
  return clean
    .split(" ")
    .map((word) => {
      if (KEEP_UPPER.has(word.toUpperCase()) && hasUpper) return word.toUpperCase();
      const lower = word.toLocaleLowerCase("vi");
      if (LOWER_WORDS.has(lower)) return lower;
      return lower.replace(/^(\P{L}*)(\p{L})/u, (_m, pre: string, ch: string) => pre + ch.toLocaleUpperCase("vi"));
    })
    .join(" ");
};

/** Whether `text` contains Vietnamese letters with marks, i.e. was written with diacritics. */
export const hasDiacritics = (text: string): boolean => toMatchKey(text) !== text.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ").trim();
