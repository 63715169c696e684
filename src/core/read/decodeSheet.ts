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
 * A row with its texts decoded; the row itself when nothing changes, as in most rows of a Unicode
 * sheet (nothing in the core writes into rows, and fillMergedCells copies the rows it fills).
 */
const decodeRowKeepingSame = (row: CellScalar[], decode: (text: string) => string): CellScalar[] => {
  let out: CellScalar[] | null = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // A hole stays a hole, as Array#map leaves it.
    if (v === undefined && !(c in row)) continue;
    const decoded = typeof v !== "string" ? (v ?? null) : decode(v);
    if (decoded !== v) (out ??= row.slice())[c] = decoded;
  }
  return out ?? row;
};

/** Whether any cell names a legacy font; a cell in the same font as the cell before is not looked at again. */
const hasLegacyFont = (fonts: readonly ((string | null | undefined)[] | undefined)[], detect: (font: string) => unknown): boolean => {
  let last: string | null = null;
  for (const row of fonts) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const font = row[c];
      if (!font || font === last) continue;
      if (detect(font) !== null) return true;
      last = font;
    }
  }
  return false;
};

/**
 * Turns a sheet's text into Unicode NFC. A legacy font on a cell (.VnTime, .VnTimeH, VNI-Times)
 * decides that cell; without font names, the text itself is examined once for the whole sheet.
 */
export const decodeSheetText = (sheet: SheetValues): DecodedSheet => {
  const fonts = sheet.fonts;
  // A sheet names a few fonts on thousands of cells: each name is looked at once.
  const byFontName = new Map<string, ReturnType<typeof detectEncodingFromFont>>();
  let lastFont: string | null = null;
  let lastFound: ReturnType<typeof detectEncodingFromFont> = null;
  const detectFont = (font: string | null | undefined): ReturnType<typeof detectEncodingFromFont> => {
    if (!font) return null;
    if (font === lastFont) return lastFound;
    let found = byFontName.get(font);
    if (found === undefined) {
      found = detectEncodingFromFont(font);
      byFontName.set(font, found);
    }
    lastFont = font;
    lastFound = found;
    return found;
  };
  let sawLegacyFont: LegacyEncoding | null = null;
  const anyLegacyFont = fonts !== undefined && hasLegacyFont(fonts, detectFont);
  const fallback = anyLegacyFont ? null : detectEncodingFromText(collectTextSamples(sheet.rows));
  // Most sheets have no legacy font at all: their cells need no font looked up.
  const rows = anyLegacyFont
    ? sheet.rows.map((row, r) =>
        row.map((v, c) => {
          if (typeof v !== "string") return v ?? null;
          const byFont = detectFont(fonts?.[r]?.[c]);
          if (byFont) {
            sawLegacyFont = byFont.encoding;
            return cleanText(convertLegacyText(v, byFont.encoding, byFont.capitals));
          }
          return cleanText(v);
        }),
      )
    : sheet.rows.map(
        fallback ? (row) => decodeRowKeepingSame(row, (v) => cleanText(convertLegacyText(v, fallback))) : (row) => decodeRowKeepingSame(row, cleanText),
      );
  return { rows, encoding: sawLegacyFont ?? fallback ?? "unicode" };
};
