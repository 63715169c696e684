/**
 * Every sentence the Sheets add-on itself says (the core's findings keep their own table in
 * src/core/messages/vi.ts). Each says what is wrong, where, and what to do.
 */
import type { CheckSummary } from "../../core/check/report";

export const MENU = {
  title: "Điển hình",
  sidebar: "Mở ngăn Điển hình",
  check: "Kiểm tra trang tính đang mở",
  consolidate: "Tổng hợp các trang",
  appendix: "Tạo phụ lục…",
  clearMarks: "Xóa đánh dấu",
} as const;

export const SHEETS_MESSAGES = {
  unknownPlan: (id: string, known: readonly string[]) => `Không có kế hoạch "${id}"; hãy chọn một trong: ${known.join(", ")} (trong ngăn Điển hình).`,
  noPlanChosen: "Chưa chọn kế hoạch cho bảng tính này; hãy mở ngăn Điển hình (Tiện ích mở rộng → Điển hình → Mở ngăn Điển hình) và chọn kế hoạch.",
  ownSheet: (sheet: string) => `Trang "${sheet}" là kết quả do Điển hình ghi, không phải danh sách của đơn vị; hãy mở trang danh sách rồi kiểm tra lại.`,
  noList: (sheet: string, reason: string) => `Trang "${sheet}" không chứa danh sách đề nghị (${reason}); hãy kiểm tra dòng tiêu đề có cột "Họ và tên" và "Đối tượng".`,
  noRegistryTab: (file: string) =>
    `Bảng tính "${file}" không có trang danh sách đơn vị (dòng tiêu đề "Tên đơn vị | Loại đơn vị | Số CBCCVC, người lao động"); hãy thêm trang đó, hoặc chọn tệp danh sách đơn vị.`,
  checked: (sheet: string, s: CheckSummary) =>
    `${sheet}: ${s.rows} dòng đề nghị, ${s.validRows} hợp lệ; ${s.errors} lỗi, ${s.warnings} cảnh báo; ${s.quotasUnmet} chỉ tiêu chưa đạt. Mở ngăn Điển hình để xem từng lỗi.`,
  consolidated: (units: number, rows: number, valid: number, sheets: readonly string[]) =>
    `Đã tổng hợp ${units} đơn vị: ${rows} đề nghị, ${valid} hợp lệ. Đã ghi các trang: ${sheets.join(", ")}.`,
  cleared: "Đã xóa đánh dấu, trả lại màu nền và ghi chú như trước khi kiểm tra.",
  failed: (detail: string) => `Điển hình gặp lỗi không mong muốn (${detail}); hãy thử lại, nếu vẫn lỗi hãy tải lại bảng tính.`,
  badAppendix: "Yêu cầu phụ lục gửi từ ngăn Điển hình không đọc được; hãy tạo lại phụ lục.",
} as const;

/** A failure with a sentence the user can act on: shown as it is (toast, or the sidebar's error bar). */
export class SheetsUserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetsUserError";
  }
}
