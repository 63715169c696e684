import type { CellScalar, SheetValues } from "../model";
import { convertLegacyText, detectEncodingFromFont, detectEncodingFromText, type LegacyEncoding } from "../text/legacy";
import { cleanText } from "../text/normalize";

export interface DecodedSheet {
  /** Cell values with every text in Unicode NFC, spaces collapsed, merged cells filled later. */
  rows: CellScalar[][];
  encoding: "unicode" | LegacyEncoding;
}

const MAX_TEXT_SAMPLES = 400;

const collectTextSamples = (rows: CellScalar[][]): string[] => {
  const samples: string[] = [];
  for (const row of rows) {
    for (const v of row) {
      if (typeof v === "string" && /[^\u0020-\u007E]/.test(v)) samples.push(v);
      if (samples.length >= MAX_TEXT_SAMPLES) return samples;
    }
  }
  return samples;
};

/**
 * Turns a sheet's text into Unicode NFC. A legacy font on a cell (.VnTime, .VnTimeH, VNI-Times)
 * decides that cell; without font names, the text itself is examined once for the whole sheet.
 */
export const decodeSheetText = (sheet: SheetValues): DecodedSheet => {
  const fonts = sheet.fonts;
  let sawLegacyFont: LegacyEncoding | null = null;
  const fallback = fonts && fonts.some((r) => r?.some((f) => detectEncodingFromFont(f) !== null)) ? null : detectEncodingFromText(collectTextSamples(sheet.rows));
  const rows = sheet.rows.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== "string") return v ?? null;
      const byFont = detectEncodingFromFont(fonts?.[r]?.[c]);
      if (byFont) {
        sawLegacyFont = byFont.encoding;
        return cleanText(convertLegacyText(v, byFont.encoding, byFont.capitals));
      }
      return cleanText(fallback ? convertLegacyText(v, fallback) : v);
    }),
  );
  return { rows, encoding: sawLegacyFont ?? fallback ?? "unicode" };
};
