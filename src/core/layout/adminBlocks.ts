import { estimateHeightPt, estimateLineCount, sumWidths, type LayoutBlock } from "./headingBlock";
import type { CellStyle, LayoutCell, Merge } from "./types";

/**
 * The parts of a Vietnamese administrative document that frame a table (Nghị định 30/2020/NĐ-CP):
 * the heading — the issuing body on the left, the Quốc hiệu and tiêu ngữ on the right with the
 * place and date under them — and the signature block under the table.
 */

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
/** Left blank for the officer: the place and the day the sheet is signed. */
export const PLACE_AND_DATE = "……………, ngày …… tháng …… năm ……";

const BODY_NAME: CellStyle = { bold: true, size: 12, horizontal: "center", vertical: "top", wrap: true };
const NATIONAL: CellStyle = { bold: true, size: 12, horizontal: "center", vertical: "top", wrap: true };
const MOTTO: CellStyle = { bold: true, size: 13, horizontal: "center", vertical: "top", wrap: true };
const DATE_LINE: CellStyle = { italic: true, size: 13, horizontal: "center", vertical: "top", wrap: true };
const SIGNER: CellStyle = { bold: true, size: 13, horizontal: "center", vertical: "top", wrap: true };
const SIGN_NOTE: CellStyle = { italic: true, size: 12, horizontal: "center", vertical: "top", wrap: true };
/** Room to sign and stamp between the role and the name. */
const SIGNING_SPACE_PT = 60;

/** The columns of the left block: the first columns up to about two fifths of the table, leaving the right block at least one. */
export const leftBlockColumns = (widths: readonly number[]): number => {
  const total = sumWidths(widths, 1, widths.length);
  let left = 1;
  while (left < widths.length - 1 && sumWidths(widths, 1, left) < total * 0.4) left++;
  return Math.max(1, Math.min(left, widths.length - 1));
};

interface BlockLine {
  row: number;
  left?: { value: string; style: CellStyle };
  right?: { value: string; style: CellStyle };
}

/** Lines with a left and a right half, each merged across its columns and as tall as its text. */
const buildTwoSidedLines = (lines: readonly BlockLine[], widths: readonly number[]): Omit<LayoutBlock, "nextRow"> => {
  const split = leftBlockColumns(widths);
  const last = widths.length;
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const rowHeights: Record<number, number> = {};
  for (const line of lines) {
    let height = estimateHeightPt(1, 12);
    const sides = [
      { part: line.left, from: 1, to: split },
      { part: line.right, from: split + 1, to: last },
    ];
    for (const { part, from, to } of sides) {
      if (!part) continue;
      cells.push({ row: line.row, col: from, value: part.value, style: part.style });
      if (to > from) merges.push({ top: line.row, left: from, bottom: line.row, right: to });
      const size = part.style.size ?? 12;
      height = Math.max(height, estimateHeightPt(estimateLineCount(part.value, sumWidths(widths, from, to), size, part.style.bold ?? false), size));
    }
    rowHeights[line.row] = height;
  }
  return { cells, merges, rowHeights };
};

/** Rows 1–3: the issuing body in capitals | Quốc hiệu; | tiêu ngữ; | "……, ngày … tháng … năm …". */
export const buildAdminHeading = (issuer: string, widths: readonly number[]): LayoutBlock => {
  const block = buildTwoSidedLines(
    [
      { row: 1, left: { value: issuer.normalize("NFC").trim().toLocaleUpperCase("vi"), style: BODY_NAME }, right: { value: QUOC_HIEU, style: NATIONAL } },
      { row: 2, right: { value: TIEU_NGU, style: MOTTO } },
      { row: 3, right: { value: PLACE_AND_DATE, style: DATE_LINE } },
    ],
    widths,
  );
  return { ...block, nextRow: 4 };
};

export interface Signer {
  role: string;
  note: string;
}

/** Who signs a report sheet: the officer who made it, and the head of the body that sends it. */
export const REPORT_SIGNERS: readonly [Signer, Signer] = [
  { role: "NGƯỜI LẬP BIỂU", note: "(Ký, ghi rõ họ tên)" },
  { role: "THỦ TRƯỞNG CƠ QUAN", note: "(Ký tên, đóng dấu)" },
];

/**
 * The signature block from `row`: the two roles, their notes in italics, and room to sign. `keep`
 * holds its rows that must share a page with the row after them (all but the signing space).
 */
export const buildSignatureBlock = (row: number, widths: readonly number[], signers: readonly [Signer, Signer] = REPORT_SIGNERS): LayoutBlock & { keep: number[] } => {
  const [left, right] = signers;
  const block = buildTwoSidedLines(
    [
      { row, left: { value: left.role, style: SIGNER }, right: { value: right.role, style: SIGNER } },
      { row: row + 1, left: { value: left.note, style: SIGN_NOTE }, right: { value: right.note, style: SIGN_NOTE } },
    ],
    widths,
  );
  block.rowHeights[row + 2] = SIGNING_SPACE_PT;
  // The signing space needs a cell of its own to be printed at all.
  block.cells.push({ row: row + 2, col: 1, value: null });
  return { ...block, nextRow: row + 3, keep: [row, row + 1] };
};
