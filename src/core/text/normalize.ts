/** Unicode NFC, the one form the product keeps text in (NFD "tổ hợp" input becomes NFC). */
export const toNFC = (text: string): string => text.normalize("NFC");

/** Trims, turns line breaks and runs of spaces (incl. no-break) into one space, NFC. */
export const cleanText = (text: string): string =>
  toNFC(text)
    .replace(/[\u00A0\u2007\u202F\s]+/gu, " ")
    .trim();

/**
 * A key for matching names without regard to diacritics, case, spacing or Unicode form:
 * "Nguyễn  Văn HÙNG" and "nguyen van hung" give the same key. đ → d.
 */
export const toMatchKey = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();

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
