import type { Plan } from "../plan/schema";
import { describePlanDocument } from "../plan/describePlanDocument";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type LayoutCell, type Merge, type PrintSetup } from "./types";

/**
 * What both appendices share: the heading block ("PHỤ LỤC", title, reference line), the table
 * styles, the row-height estimate and the print setup of Nghị định 30/2020/NĐ-CP.
 */

/** Nghị định 30 allows 12 pt inside a dense table; the heading stays at 13–14 pt. */
export const TABLE_FONT_SIZE = 12;

/** The first row of the table header: rows 1–3 are the heading, row 4 a thin gap. */
export const TABLE_FIRST_ROW = 5;

const CELL = { size: TABLE_FONT_SIZE, wrap: true, border: true, vertical: "middle" } as const satisfies CellStyle;

export const TABLE_STYLES = {
  header: { ...CELL, bold: true, horizontal: "center" },
  columnNumber: { ...CELL, italic: true, horizontal: "center" },
  text: { ...CELL, horizontal: "left" },
  centered: { ...CELL, horizontal: "center" },
  groupLabel: { ...CELL, bold: true, horizontal: "center" },
  groupName: { ...CELL, bold: true, horizontal: "left" },
  total: { ...CELL, bold: true, horizontal: "center" },
  /** A shortfall has to stand out on screen and still read in grey print: fill plus bold red. */
  shortfall: { ...CELL, horizontal: "left", bold: true, color: "C00000", fill: "FFC7CE" },
  shortfallNote: { ...CELL, horizontal: "center", bold: true, color: "C00000" },
} as const satisfies Record<string, CellStyle>;

/** Cells, merges and row heights of a block of rows; `nextRow` is the first row after it. */
export interface LayoutBlock {
  cells: LayoutCell[];
  merges: Merge[];
  rowHeights: Record<number, number>;
  nextRow: number;
}

export { formatDocumentDate as formatPlanDate } from "../plan/describePlanDocument";

type PlanDocument = Pick<Plan, "number" | "date" | "issuer"> & { dateNote?: string | undefined };

/** "(Kèm theo Kế hoạch số 26/KH-HĐTĐKT ngày 24/3/2023 của Hội đồng …)": a plan's own appendix. */
export const formatPlanReference = (plan: PlanDocument): string => `(Kèm theo ${describePlanDocument(plan)})`;

/**
 * A list of nominees is sent with the level's own report or submission, whose number and date are
 * not known when the list is printed: left as blanks for the officer to fill.
 */
export const LIST_REFERENCE = "(Kèm theo Báo cáo/Tờ trình số ……/……, ngày …… tháng …… năm …… của ……………………)";

/** "(Trích mục III.3 Kế hoạch số 64/KH-UBND ngày 24/5/2024 của …)": a section of a plan printed as a table. */
export const formatExtractReference = (plan: PlanDocument, section: string | undefined): string =>
  `(Trích ${section?.trim() ? `mục ${section.trim()} ` : ""}${describePlanDocument(plan)})`;

/** The heading's lines: the label ("PHỤ LỤC", or none for an extract), the title, the reference line. */
export interface Heading {
  label: string | null;
  title: string;
  reference: string;
}

/** 5 → "05": plans write counts of models with two digits. */
export const formatCount = (n: number): string => (Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : String(n));

/**
 * Advance widths of Times New Roman in thousandths of an em, by base letter (marks are measured
 * on their base: "ệ" as "e"). Row heights are estimated rather than left to the host because
 * Excel never auto-fits merged rows, and page breaks must fall the same way in Excel,
 * LibreOffice and the add-in.
 */
const WIDTHS: Readonly<Record<string, number>> = {
  " ": 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444, đ: 500,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722,
  O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611, Đ: 722,
  ".": 250, ",": 250, ":": 278, ";": 278, "-": 333, "–": 500, "—": 1000, "/": 278, "(": 333, ")": 333,
  "“": 444, "”": 444, '"': 408, "'": 180, "%": 833, "&": 778, "+": 564, "=": 564,
};
/** The horn of ơ and ư sticks out past the letter. */
const HORN_EXTRA = 60;

const measureCharUnits = (ch: string): number => {
  if (ch === "\u031B") return HORN_EXTRA;
  if (/\p{M}/u.test(ch)) return 0;
  return WIDTHS[ch] ?? (/\p{Lu}/u.test(ch) ? 722 : 500);
};

/**
 * Units of one code point as it would be measured in NFD: the sum over its decomposition. A
 * text's NFD holds exactly its code points' decompositions (canonical reordering only moves marks),
 * so a text measures as the sum over its code points, without being normalized.
 */
const unitsOfCodePoint = (cp: string): number => {
  let units = 0;
  for (const ch of cp.normalize("NFD")) units += measureCharUnits(ch);
  return units;
};

/**
 * Lists of thousands of nominees measure the same few hundred characters over and over: the units
 * of each UTF-16 code unit outside the surrogates, filled on first use (-1: not yet measured).
 */
const UNIT_UNITS = new Int32Array(0x10000).fill(-1);
/** Code points beyond the BMP (surrogate pairs), and lone surrogates. */
const ASTRAL_UNITS = new Map<string, number>();

const unitsOfAstral = (cp: string): number => {
  let u = ASTRAL_UNITS.get(cp);
  if (u === undefined) {
    u = unitsOfCodePoint(cp);
    ASTRAL_UNITS.set(cp, u);
  }
  return u;
};

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Pixels of `units` thousandths of an em: the one formula every width goes through. */
const unitsToPx = (units: number, sizePt: number, bold: boolean): number => (units / 1000) * sizePt * (96 / 72) * (bold ? 1.08 : 1);

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const SPACE_UNITS = measureCharUnits(" ");

/**
 * The number of lines `text` wraps to in a column `widthChars` wide (Excel character units):
 * paragraphs at each "\n", words at each space, a word wider than the column cut into pieces.
 * One pass over the text, without normalizing it or splitting it into strings.
 */
export const estimateLineCount = (text: string, widthChars: number, sizePt: number, bold = false): number => {
  // 7 px per character unit, minus the cell's inner padding, minus a margin for the rounding of
  // glyph widths to whole pixels on screen.
  const available = Math.max(10, widthChars * 7 - 5) * 0.96;
  const spaceWidth = unitsToPx(SPACE_UNITS, sizePt, bold);
  let lines = 1;
  let used = 0;
  let wordUnits = 0;
  let inWord = false;
  const n = text.length;
  // One step past the end: the last word ends there as at a space.
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : SPACE;
    if (code === SPACE || code === LINE_FEED) {
      if (inWord) {
        const width = unitsToPx(wordUnits, sizePt, bold);
        if (used > 0 && used + spaceWidth + width > available) {
          lines += 1;
          used = 0;
        }
        if (used === 0 && width > available) {
          lines += Math.ceil(width / available) - 1;
          used = width % available;
        } else {
          used += (used > 0 ? spaceWidth : 0) + width;
        }
        wordUnits = 0;
        inWord = false;
      }
      if (code === LINE_FEED) {
        lines += 1;
        used = 0;
      }
      continue;
    }
    inWord = true;
    let u = code < 0xd800 || code > 0xdfff ? (UNIT_UNITS[code] as number) : -1;
    if (u < 0) {
      if (isHighSurrogate(code) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
        u = unitsOfAstral(text.slice(i, i + 2));
        i++;
      } else if (isHighSurrogate(code) || isLowSurrogate(code)) {
        u = unitsOfAstral(text[i] as string);
      } else {
        u = unitsOfCodePoint(String.fromCharCode(code));
        UNIT_UNITS[code] = u;
      }
    }
    wordUnits += u;
  }
  return lines;
};

/** Excel's tallest row is 409 pt; a taller estimate is clipped there. */
const MAX_ROW_HEIGHT_PT = 409;

/** Height in points for `lines` lines of text of `sizePt`, with the cell's padding. */
export const estimateHeightPt = (lines: number, sizePt: number): number =>
  Math.min(MAX_ROW_HEIGHT_PT, Math.ceil(lines * sizePt * 1.25 + 5));

/** Sum of column widths over the 1-based columns `left`..`right`. */
export const sumWidths = (widths: readonly number[], left: number, right: number): number =>
  widths.slice(left - 1, right).reduce((a, b) => a + b, 0);

/**
 * The height a row needs for its cells: each cell's text wrapped in its width (a merge across
 * columns counts all of them). Cells of other rows and merges spanning several rows are ignored;
 * the caller handles those.
 */
export const estimateRowHeight = (row: number, cells: readonly LayoutCell[], widths: readonly number[], merges: readonly Merge[] = []): number => {
  let height = estimateHeightPt(1, TABLE_FONT_SIZE);
  for (const cell of cells) {
    if (cell.row !== row || typeof cell.value !== "string" || cell.value === "") continue;
    const merge = merges.find((m) => m.top === row && m.left === cell.col);
    if (merge && merge.bottom > merge.top) continue;
    const width = merge ? sumWidths(widths, merge.left, merge.right) : (widths[cell.col - 1] ?? 10);
    const size = cell.style?.size ?? ADMIN_FONT.size;
    height = Math.max(height, estimateHeightPt(estimateLineCount(cell.value, width, size, cell.style?.bold ?? false), size));
  }
  return height;
};

/** "2023 – 2025" must not break after the dash: the spaces around it become no-break spaces. */
const keepYearRangesTogether = (text: string): string => text.replace(/(\d{4}) ?([–-]) ?(\d{4})/g, "$1\u00A0$2\u00A0$3");

/**
 * The label ("PHỤ LỤC"), the title and the italic reference line, each merged across the table's
 * width; without a label (an extract), the title takes the first row and the third stays empty.
 */
export const buildHeadingBlock = (heading: Heading, columnWidths: readonly number[]): LayoutBlock => {
  const right = Math.max(1, columnWidths.length);
  const total = sumWidths(columnWidths, 1, right);
  const label = heading.label === null ? [] : [{ value: heading.label, style: { bold: true, size: 14, horizontal: "center", vertical: "middle" } as CellStyle }];
  const lines: { value: string; style: CellStyle }[] = [
    ...label,
    { value: keepYearRangesTogether(heading.title.normalize("NFC").trim()), style: { bold: true, size: heading.label === null ? 14 : 13, horizontal: "center", vertical: "middle", wrap: true } },
    { value: heading.reference.normalize("NFC"), style: { italic: true, size: 13, horizontal: "center", vertical: "top", wrap: true } },
  ];
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const rowHeights: Record<number, number> = {};
  lines.forEach((line, i) => {
    const row = i + 1;
    cells.push({ row, col: 1, value: line.value, style: line.style });
    merges.push({ top: row, left: 1, bottom: row, right });
    const size = line.style.size ?? ADMIN_FONT.size;
    rowHeights[row] = estimateHeightPt(estimateLineCount(line.value, total, size, line.style.bold ?? false), size);
  });
  // A short gap keeps the reference line off the table's top border.
  rowHeights[TABLE_FIRST_ROW - 1] = 8;
  return { cells, merges, rowHeights, nextRow: TABLE_FIRST_ROW };
};

/** The row of column numbers (1), (2), … that Vietnamese tables print under the header. */
export const buildColumnNumberRow = (row: number, columnCount: number): LayoutCell[] =>
  Array.from({ length: columnCount }, (_, i) => ({ row, col: i + 1, value: `(${i + 1})`, style: TABLE_STYLES.columnNumber }));

/** A4 landscape, margins of Nghị định 30, header rows on every page, one page wide, numbered from page 2. */
export const buildAdminPrintSetup = (repeatRows: { from: number; to: number }): PrintSetup => ({
  paperSize: "A4",
  orientation: "landscape",
  margins: { ...ADMIN_MARGINS_MM },
  repeatRows,
  fitToWidth: true,
  pageNumbers: { position: "top-center", firstPage: false },
});
