import { estimateHeightPt } from "./headingBlock";
import type { Layout } from "./types";

/**
 * Where the pages of a printed layout end, decided here rather than by Excel or LibreOffice so that
 * a row that belongs with the next one (a group's heading, the rule above its units, the first
 * lines of a signature block) never ends a page. Every row of a layout has a height of its own, so
 * the pages can be counted from the layout alone; the page is taken a little shorter than it is
 * so that a host that measures columns slightly wider (and so shrinks the sheet less) still
 * breaks no earlier than here.
 */

const MM_TO_PT = 72 / 25.4;
const A4_MM = { short: 210, long: 297 } as const;
/** A column of `w` Excel characters is about 7·w + 5 pixels (3/4 pt each). */
const columnPt = (w: number): number => (w * 7 + 5) * 0.75;
/** The share of the page counted on: hosts round scales and measure fonts differently. */
const SAFETY = 0.93;
/** Excel keeps at most 1,026 manual breaks in a sheet. */
const MAX_BREAKS = 1000;

/** The printable height of a page in the sheet's own points, once the sheet is shrunk to one page wide. */
export const printableHeightPt = (layout: Layout): number => {
  const { print } = layout;
  const landscape = print.orientation === "landscape";
  const pageWidthMm = landscape ? A4_MM.long : A4_MM.short;
  const pageHeightMm = landscape ? A4_MM.short : A4_MM.long;
  const widthPt = (pageWidthMm - print.margins.left - print.margins.right) * MM_TO_PT;
  const tablePt = layout.columnWidths.reduce((sum, w) => sum + columnPt(w), 0);
  // Hosts shrink by whole percents.
  const scale = print.fitToWidth && tablePt > widthPt ? Math.floor((widthPt / tablePt) * 100) / 100 : 1;
  return ((pageHeightMm - print.margins.top - print.margins.bottom) * MM_TO_PT) / scale;
};

/**
 * The rows after which each page ends, when rows in `keepWithNext` must share a page with the row
 * after them: a page that would end on such a row ends before it (and before the rows chained to
 * it), unless the chain fills the page from its top. More than Excel keeps: only the moved breaks.
 */
export const paginate = (layout: Layout, keepWithNext: ReadonlySet<number>): number[] => {
  const lastRow = layout.cells.reduce((most, c) => Math.max(most, c.row), 0);
  const plainHeight = estimateHeightPt(1, layout.font.size);
  const height = (row: number): number => layout.rowHeights?.[row] ?? plainHeight;
  const repeat = layout.print.repeatRows;
  let repeatHeight = 0;
  if (repeat) for (let r = repeat.from; r <= repeat.to; r++) repeatHeight += height(r);
  const available = printableHeightPt(layout) * SAFETY;
  const breaks: number[] = [];
  const moved: number[] = [];
  let pageStart = 1;
  let used = 0;
  for (let row = 1; row <= lastRow; row++) {
    const h = height(row);
    if (used + h > available && row > pageStart) {
      let end = row - 1;
      while (end >= pageStart && keepWithNext.has(end)) end--;
      if (end < pageStart) end = row - 1;
      breaks.push(end);
      if (end !== row - 1) moved.push(end);
      pageStart = end + 1;
      used = repeat && pageStart > repeat.to ? repeatHeight : 0;
      for (let r = pageStart; r < row; r++) used += height(r);
    }
    used += h;
  }
  return breaks.length <= MAX_BREAKS ? breaks : moved.slice(0, MAX_BREAKS);
};

/** The layout with its page breaks, when it has rows to keep with the next one. */
export const withPageBreaks = (layout: Layout, keepWithNext: ReadonlySet<number>): Layout => {
  if (keepWithNext.size === 0) return layout;
  const pageBreaks = paginate(layout, keepWithNext);
  return pageBreaks.length > 0 ? { ...layout, pageBreaks } : layout;
};
