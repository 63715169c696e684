import type { CheckReport } from "../check/report";
import { formatQuotaMessage } from "../messages/vi";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "./types";

const HEAD: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E1F2" };
const BODY: CellStyle = { vertical: "top", wrap: true, border: true };
const ERROR_FILL = "FFC7CE";
const WARNING_FILL = "FFEB9C";

/**
 * The "Kết quả kiểm tra" sheet of an annotated copy: every finding with its sheet and cell, then
 * every quota with required, actual and shortfall.
 */
export const buildCheckResultLayout = (report: CheckReport, planTitle: string): Layout => {
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: LayoutCell["value"], style?: CellStyle) => cells.push(style ? { row, col, value, style } : { row, col, value });
  put(1, 1, "KẾT QUẢ KIỂM TRA DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN", { bold: true, size: 14, horizontal: "center" });
  merges.push({ top: 1, left: 1, bottom: 1, right: 6 });
  put(2, 1, `Tệp: ${report.file} — Kế hoạch: ${planTitle}`, { italic: true, horizontal: "center", wrap: true });
  merges.push({ top: 2, left: 1, bottom: 2, right: 6 });
  const s = report.summary;
  put(3, 1, `${s.rows} đề nghị, ${s.validRows} hợp lệ, ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.quotasUnmet} chỉ tiêu chưa đạt.`, { horizontal: "center" });
  merges.push({ top: 3, left: 1, bottom: 3, right: 6 });
  const headers = ["TT", "Trang tính", "Đơn vị", "Ô", "Mức độ", "Nội dung"];
  headers.forEach((h, i) => put(5, i + 1, h, HEAD));
  let row = 6;
  let n = 0;
  for (const sheet of report.sheets) {
    for (const f of sheet.findings) {
      const fill = f.severity === "error" ? ERROR_FILL : WARNING_FILL;
      put(row, 1, ++n, { ...BODY, horizontal: "center" });
      put(row, 2, sheet.sheet, BODY);
      put(row, 3, sheet.unit, BODY);
      put(row, 4, f.cell ?? (f.row !== undefined ? `Dòng ${f.row}` : ""), { ...BODY, horizontal: "center" });
      put(row, 5, f.severity === "error" ? "Lỗi" : "Cảnh báo", { ...BODY, fill });
      put(row, 6, f.message, BODY);
      row++;
    }
  }
  if (n === 0) {
    put(row, 1, "Không có lỗi hay cảnh báo.", BODY);
    merges.push({ top: row, left: 1, bottom: row, right: 6 });
    row++;
  }
  row++;
  put(row, 1, "CHỈ TIÊU", { bold: true });
  row++;
  for (const sheet of report.sheets) {
    for (const q of sheet.quotas) {
      const fill = q.met === false ? ERROR_FILL : q.met === null ? WARNING_FILL : "C6EFCE";
      put(row, 1, q.met === false ? "Chưa đạt" : q.met === null ? "Chưa tính được" : "Đạt", { ...BODY, fill, horizontal: "center" });
      put(row, 2, formatQuotaMessage(q), BODY);
      merges.push({ top: row, left: 2, bottom: row, right: 6 });
      row++;
    }
  }
  return {
    sheetName: "Kết quả kiểm tra",
    role: "check-result",
    font: { name: ADMIN_FONT.name, size: 12 },
    columnWidths: [6, 16, 20, 8, 11, 70],
    cells,
    merges,
    freezeRows: 5,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      margins: { ...ADMIN_MARGINS_MM },
      repeatRows: { from: 5, to: 5 },
      fitToWidth: true,
      pageNumbers: { position: "top-center", firstPage: false },
    },
  };
};
