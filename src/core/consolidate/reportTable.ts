import { buildAdminHeading, buildSignatureBlock } from "../layout/adminBlocks";
import { estimateHeightPt, estimateLineCount, sumWidths } from "../layout/headingBlock";
import { withPageBreaks } from "../layout/pageBreaks";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "../layout/types";
import type { OwnSheetRole } from "../ownOutput/ownSheets";

/**
 * The shape of every sheet of a consolidation, as a Vietnamese administrative table: the heading
 * (issuing body, Quốc hiệu, place and date), the title and the plan it follows, the table with its
 * header repeated on every printed page, and the signature block. Every row has a height, and a
 * group's heading and the signature block never stand alone at the foot of a page.
 */

/** The sheets' font size: every cell without a size of its own is written in it. */
export const FONT_SIZE = 12;

/** Rows of the sheet: heading 1–3, a gap, title, subtitle, a gap, then the table's header. */
export const TITLE_ROW = 5;
export const SUBTITLE_ROW = 6;
export const HEADER_ROW = 8;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

const HEAD: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E1F2", size: 12 };
const BODY: CellStyle = { vertical: "top", wrap: true, border: true, size: 12 };
const NUM: CellStyle = { ...BODY, horizontal: "center" };
const TITLE: CellStyle = { bold: true, size: 14, horizontal: "center", vertical: "middle", wrap: true };
const SUBTITLE: CellStyle = { italic: true, horizontal: "center", vertical: "top", wrap: true };

/**
 * How a row stands out. Each tone has a style for text and one for numbers, made once: a flagged
 * row keeps its numbers centred, and the writer serializes each shared style once.
 */
export type RowTone = "plain" | "flagged" | "invalid" | "total" | "group";
const TONES: Readonly<Record<RowTone, { text: CellStyle; number: CellStyle }>> = {
  plain: { text: BODY, number: NUM },
  flagged: { text: { ...BODY, fill: "FFC7CE", color: "9C0006" }, number: { ...NUM, fill: "FFC7CE", color: "9C0006" } },
  invalid: { text: { ...BODY, color: "9C0006" }, number: { ...NUM, color: "9C0006" } },
  total: { text: { ...BODY, bold: true, horizontal: "center" }, number: { ...NUM, bold: true } },
  group: { text: { ...BODY, bold: true, fill: "F2F2F2" }, number: { ...NUM, bold: true, fill: "F2F2F2" } },
};

export interface TableSpec {
  sheetName: string;
  role: OwnSheetRole;
  /** The body that sends the sheet up: the plan's issuer. */
  issuer: string;
  title: string;
  subtitle: string;
  headers: { text: string; width: number }[];
  rows: TableRow[];
}

export interface TableRow {
  values: (string | number | null)[];
  tone?: RowTone;
  /** The row's second cell runs across the rest of the table: a group's heading, kept with its first row. */
  spanning?: boolean;
}

/** The subtitle's row is never lower than this: room for the plan's reference on two lines. */
const SUBTITLE_MIN_HEIGHT = 32;

/** After this many texts of a column, its memo is dropped if most of them were new. */
const MEMO_TRIAL = 2000;

/** What a column remembers of the texts measured in it. */
interface ColumnMemo {
  width: number;
  /** Lines by text; null once the column has shown that its texts hardly repeat (names). */
  known: Map<string, number> | null;
  looked: number;
  misses: number;
  /** The previous row's text: all the rows of one file share their unit, file and sheet. */
  last: string;
  lastLines: number;
}

/** Lines of `text` in the sheet's font, regular, in the column of `memo`. */
const linesIn = (memo: ColumnMemo, text: string): number => {
  if (text === memo.last) return memo.lastLines;
  let lines = memo.known?.get(text);
  if (lines === undefined) {
    lines = estimateLineCount(text, memo.width, FONT_SIZE);
    memo.known?.set(text, lines);
    memo.misses++;
  }
  if (++memo.looked === MEMO_TRIAL && memo.misses > MEMO_TRIAL / 2) memo.known = null;
  memo.last = text;
  memo.lastLines = lines;
  return lines;
};

const isBold = (tone: RowTone | undefined): boolean => tone === "total" || tone === "group";

/**
 * The lines of the tallest cell of each row, each text wrapped in its column's width (a spanning
 * text in the width of the columns it covers). Units, kinds, movements, files, sheets and findings
 * repeat over thousands of rows: a column remembers its texts, unless they hardly repeat (names),
 * where hashing and storing cost more than measuring.
 */
const tallestCells = (rows: readonly TableRow[], widths: readonly number[]): number[] => {
  const memos = widths.map((width): ColumnMemo => ({ width, known: new Map(), looked: 0, misses: 0, last: "", lastLines: 1 }));
  const spanWidth = sumWidths(widths, 2, widths.length);
  return rows.map((row) => {
    const bold = isBold(row.tone);
    let most = 1;
    for (let i = 0; i < row.values.length; i++) {
      const v = row.values[i];
      // Numbers are never wrapped.
      if (typeof v !== "string" || v === "") continue;
      const spans = row.spanning === true && i === 1;
      const memo = memos[i];
      const lines = spans ? estimateLineCount(v, spanWidth, FONT_SIZE, bold) : !bold && memo ? linesIn(memo, v) : estimateLineCount(v, widths[i] ?? 10, FONT_SIZE, bold);
      if (lines > most) most = lines;
    }
    return most;
  });
};

/** A titled table with its header repeated on every printed page: the shape of every output sheet. */
export const buildReportTable = (spec: TableSpec): Layout => {
  const widths = spec.headers.map((h) => h.width);
  const last = widths.length;
  const total = sumWidths(widths, 1, last);
  const heading = buildAdminHeading(spec.issuer, widths);
  const cells: LayoutCell[] = [...heading.cells];
  const merges: Merge[] = [...heading.merges];
  const rowHeights: Record<number, number> = { ...heading.rowHeights, [TITLE_ROW - 1]: 8, [HEADER_ROW - 1]: 8 };
  const titleSize = TITLE.size ?? FONT_SIZE;
  cells.push({ row: TITLE_ROW, col: 1, value: spec.title, style: TITLE }, { row: SUBTITLE_ROW, col: 1, value: spec.subtitle, style: SUBTITLE });
  merges.push({ top: TITLE_ROW, left: 1, bottom: TITLE_ROW, right: last }, { top: SUBTITLE_ROW, left: 1, bottom: SUBTITLE_ROW, right: last });
  rowHeights[TITLE_ROW] = estimateHeightPt(estimateLineCount(spec.title, total, titleSize, true), titleSize);
  rowHeights[SUBTITLE_ROW] = Math.max(SUBTITLE_MIN_HEIGHT, estimateHeightPt(estimateLineCount(spec.subtitle, total, FONT_SIZE), FONT_SIZE));
  spec.headers.forEach((h, i) => cells.push({ row: HEADER_ROW, col: i + 1, value: h.text, style: HEAD }));
  rowHeights[HEADER_ROW] = estimateHeightPt(Math.max(...spec.headers.map((h) => estimateLineCount(h.text, h.width, FONT_SIZE, true))), FONT_SIZE);

  const keep = new Set<number>();
  const most = tallestCells(spec.rows, widths);
  spec.rows.forEach((r, k) => {
    const row = FIRST_DATA_ROW + k;
    const tone = TONES[r.tone ?? "plain"];
    r.values.forEach((v, i) => cells.push({ row, col: i + 1, value: v, style: typeof v === "number" ? tone.number : tone.text }));
    if (r.spanning) {
      merges.push({ top: row, left: 2, bottom: row, right: last });
      keep.add(row);
    }
    rowHeights[row] = estimateHeightPt(most[k] ?? 1, FONT_SIZE);
  });
  const lastDataRow = FIRST_DATA_ROW + spec.rows.length - 1;
  // The signature block goes with the table's last row, one row below it.
  const signature = buildSignatureBlock(lastDataRow + 2, widths);
  cells.push(...signature.cells);
  merges.push(...signature.merges);
  Object.assign(rowHeights, signature.rowHeights);
  for (const row of [lastDataRow, lastDataRow + 1, ...signature.keep]) keep.add(row);

  const layout: Layout = {
    sheetName: spec.sheetName,
    role: spec.role,
    font: { name: ADMIN_FONT.name, size: FONT_SIZE },
    columnWidths: widths,
    rowHeights,
    cells,
    merges,
    freezeRows: HEADER_ROW,
    print: {
      paperSize: "A4",
      orientation: total > 100 ? "landscape" : "portrait",
      margins: { ...ADMIN_MARGINS_MM },
      repeatRows: { from: HEADER_ROW, to: HEADER_ROW },
      fitToWidth: true,
      pageNumbers: { position: "top-center", firstPage: false },
    },
  };
  return withPageBreaks(layout, keep);
};
