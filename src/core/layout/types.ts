import type { OwnSheetRole } from "../ownOutput/ownSheets";

/**
 * A sheet described as values: what both adapters (exceljs and office-js) render the same way.
 * Rows and columns are 1-based here, as a user reads them in Excel.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** Font colour as RRGGBB. */
  color?: string;
  /** Fill colour as RRGGBB. */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
  /** Excel number format, e.g. "dd/mm/yyyy" or "0". */
  numberFormat?: string;
}

export interface LayoutCell {
  row: number;
  col: number;
  /** Text is always written as text, never as a formula, whatever it begins with. */
  value: string | number | Date | null;
  style?: CellStyle;
  /** A note shown on the cell (a comment in Excel). */
  note?: string;
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, e.g. { from: 5, to: 7 }. */
  repeatRows?: { from: number; to: number };
  fitToWidth: boolean;
  /** Page numbers at the top centre; `firstPage: false` leaves the first page unnumbered. */
  pageNumbers?: { position: "top-center"; firstPage: boolean };
}

export interface Layout {
  sheetName: string;
  font: { name: string; size: number };
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points, sparse by 1-based row number. */
  rowHeights?: Record<number, number>;
  cells: LayoutCell[];
  merges: Merge[];
  print: PrintSetup;
  /**
   * Rows after which a printed page ends (manual page breaks), set by `paginate` so that a group's
   * heading or a signature block is never left alone at the foot of a page.
   */
  pageBreaks?: number[];
  /** Rows frozen at the top on screen (the header), if any. */
  freezeRows?: number;
  /** Dropdown lists, e.g. the kinds allowed in column C rows 8–200. */
  validations?: { range: string; values: string[] }[];
  /** What the sheet is: both adapters mark it in the workbook (see ownOutput/ownSheets.ts). */
  role: OwnSheetRole;
}

/** Margins of Nghị định 30/2020/NĐ-CP, in mm, within their ranges. */
export const ADMIN_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;
export const ADMIN_FONT = { name: "Times New Roman", size: 13 } as const;

/**
 * The last row and column (1-based) a layout's cells and merges reach. A loop, never
 * `Math.max(...cells)`: spreading the 300,000 cells of a 20,000-row list overflows the stack.
 */
export const measureLayoutExtent = (cells: readonly LayoutCell[], merges: readonly Merge[] = []): { rows: number; cols: number } => {
  let rows = 0;
  let cols = 0;
  for (const cell of cells) {
    if (cell.row > rows) rows = cell.row;
    if (cell.col > cols) cols = cell.col;
  }
  for (const merge of merges) {
    if (merge.bottom > rows) rows = merge.bottom;
    if (merge.right > cols) cols = merge.right;
  }
  return { rows, cols };
};
