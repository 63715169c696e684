import type { CheckReport } from "../check/report";
import { formatQuotaNotes, formatQuotaOutcome, formatQuotaState, formatQuotaSubject } from "../messages/quotaMessages";
import { groupQuotasByRule } from "../quotas/groupQuotasByRule";
import { estimateHeightPt, estimateLineCount, estimateRowHeight, sumWidths } from "./headingBlock";
import { withPageBreaks } from "./pageBreaks";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "./types";

const SIZE = 12;
const HEAD: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E1F2", size: SIZE };
const BODY: CellStyle = { vertical: "top", wrap: true, border: true, size: SIZE };
const CENTRED: CellStyle = { ...BODY, horizontal: "center" };
const SECTION: CellStyle = { bold: true, size: 13, vertical: "middle" };
const RULE: CellStyle = { ...BODY, bold: true, fill: "F2F2F2" };
const FILLS = { error: "FFC7CE", warning: "FFEB9C", met: "C6EFCE" } as const;
const SEVERITY: Readonly<Record<"error" | "warning", CellStyle>> = {
  error: { ...CENTRED, fill: FILLS.error },
  warning: { ...CENTRED, fill: FILLS.warning },
};
const STATE: Readonly<Record<"met" | "unmet" | "unknown", CellStyle>> = {
  met: { ...CENTRED, fill: FILLS.met },
  unmet: { ...CENTRED, fill: FILLS.error },
  unknown: { ...CENTRED, fill: FILLS.warning },
};

/** TT | Trang tính | Đơn vị | Ô | Mức độ | Nội dung: 131 characters, one landscape A4 page wide; the message gets the room. */
const WIDTHS = [5, 13, 16, 7, 10, 80];
const LAST = WIDTHS.length;

/**
 * The "Kết quả kiểm tra" sheet of a marked copy, the page returned to the unit: the title and the
 * file, the counts, every finding with its sheet and cell, then each quota's rule once with its
 * results under it ("Xã Trung Thu, Năm 2024 | Chưa đạt | đăng ký 05 (hợp lệ 04); tối đa 04: vượt
 * 01"). Every row has the height of its wrapped text, and a section's or a rule's heading is never
 * the last row of a printed page.
 */
export const buildCheckResultLayout = (report: CheckReport, planTitle: string): Layout => {
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const keep = new Set<number>();
  const put = (row: number, col: number, value: LayoutCell["value"], style: CellStyle) => cells.push({ row, col, value, style });
  const across = (row: number, left: number, right: number) => {
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };
  const s = report.summary;
  put(1, 1, "KẾT QUẢ KIỂM TRA DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN", { bold: true, size: 14, horizontal: "center", vertical: "middle", wrap: true });
  put(2, 1, `Tệp: ${report.file} — Kế hoạch: ${planTitle}`, { italic: true, size: SIZE, horizontal: "center", vertical: "top", wrap: true });
  put(3, 1, `${s.rows} đề nghị, ${s.validRows} hợp lệ, ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.quotasUnmet} chỉ tiêu chưa đạt.`, { size: SIZE, horizontal: "center", vertical: "top", wrap: true });
  for (const r of [1, 2, 3]) across(r, 1, LAST);
  put(5, 1, "I. LỖI VÀ CẢNH BÁO", SECTION);
  across(5, 1, LAST);
  keep.add(5);
  ["TT", "Trang tính", "Đơn vị", "Ô", "Mức độ", "Nội dung"].forEach((h, i) => put(6, i + 1, h, HEAD));
  keep.add(6);
  let row = 7;
  let n = 0;
  for (const sheet of report.sheets) {
    for (const f of sheet.findings) {
      put(row, 1, ++n, CENTRED);
      put(row, 2, sheet.sheet, BODY);
      put(row, 3, sheet.unit, BODY);
      put(row, 4, f.cell ?? (f.row !== undefined ? `Dòng ${f.row}` : ""), CENTRED);
      put(row, 5, f.severity === "error" ? "Lỗi" : "Cảnh báo", SEVERITY[f.severity]);
      put(row, 6, f.message, BODY);
      row++;
    }
  }
  if (n === 0) {
    put(row, 1, "Không có lỗi hay cảnh báo.", BODY);
    across(row, 1, LAST);
    row++;
  }
  row++;
  const quotas = report.sheets.flatMap((sh) => sh.quotas);
  put(row, 1, "II. CHỈ TIÊU", SECTION);
  across(row, 1, LAST);
  keep.add(row++);
  if (quotas.length === 0) {
    put(row, 1, "Kế hoạch không giao chỉ tiêu cho danh sách này.", BODY);
    across(row, 1, LAST);
    row++;
  } else {
    ["TT", "Đơn vị, kỳ", "", "Đánh giá", "", "Kết quả"].forEach((h, i) => put(row, i + 1, h, HEAD));
    across(row, 2, 3);
    across(row, 4, 5);
    keep.add(row++);
    groupQuotasByRule(quotas).forEach((g, i) => {
      put(row, 1, i + 1, { ...RULE, horizontal: "center" });
      put(row, 2, g.text, RULE);
      for (let col = 3; col <= LAST; col++) put(row, col, "", RULE);
      across(row, 2, LAST);
      keep.add(row++);
      for (const q of g.results) {
        put(row, 1, "", BODY);
        put(row, 2, `${formatQuotaSubject(q)}, ${q.period}`, BODY);
        put(row, 3, "", BODY);
        across(row, 2, 3);
        put(row, 4, formatQuotaState(q), STATE[q.met === null ? "unknown" : q.met ? "met" : "unmet"]);
        put(row, 5, "", BODY);
        across(row, 4, 5);
        put(row, 6, [formatQuotaOutcome(q), ...formatQuotaNotes(q)].join("; "), BODY);
        row++;
      }
    });
  }
  const rowHeights: Record<number, number> = { 4: 8 };
  const total = sumWidths(WIDTHS, 1, LAST);
  rowHeights[1] = estimateHeightPt(estimateLineCount("KẾT QUẢ KIỂM TRA DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN", total, 14, true), 14);
  const byRow = new Map<number, LayoutCell[]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  for (const [r, rowCells] of byRow) if (r > 1) rowHeights[r] = estimateRowHeight(r, rowCells, WIDTHS, merges.filter((m) => m.top === r));
  const layout: Layout = {
    sheetName: "Kết quả kiểm tra",
    role: "check-result",
    font: { name: ADMIN_FONT.name, size: SIZE },
    columnWidths: WIDTHS,
    rowHeights,
    cells,
    merges,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      margins: { ...ADMIN_MARGINS_MM },
      fitToWidth: true,
      pageNumbers: { position: "top-center", firstPage: false },
    },
  };
  return withPageBreaks(layout, keep);
};
