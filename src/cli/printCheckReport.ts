import type { CheckReport } from "../core/check/report";
import { formatQuotaMessage, UNIT_SOURCE_LABELS } from "../core/messages/vi";

/** The check as an officer reads it in a terminal: per sheet, its findings and unmet quotas. */
export const formatCheckReportText = (report: CheckReport): string => {
  const lines: string[] = [`Tệp: ${report.file}`];
  for (const s of report.sheets) {
    const errors = s.findings.filter((f) => f.severity === "error").length;
    const warnings = s.findings.length - errors;
    lines.push(``, `Trang tính "${s.sheet}" — ${s.unit} (tên lấy từ ${UNIT_SOURCE_LABELS[s.unitSource]}): ${s.rows} đề nghị, ${s.validRows} hợp lệ, ${errors} lỗi, ${warnings} cảnh báo.`);
    if (s.encoding !== "unicode") lines.push(`  (Bảng mã ${s.encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI"} đã được chuyển sang Unicode.)`);
    if (s.unmappedColumns.length > 0) lines.push(`  Cột chưa nhận ra (giữ nguyên, không kiểm tra): ${s.unmappedColumns.map((c) => `${c.column} "${c.header}"`).join(", ")}.`);
    for (const f of s.findings) lines.push(`  ${f.severity === "error" ? "✗ Lỗi" : "! Cảnh báo"}: ${f.message}`);
    for (const q of s.quotas) if (q.met !== true) lines.push(`  ${q.met === false ? "✗ Chỉ tiêu" : "? Chỉ tiêu"}: ${formatQuotaMessage(q)}`);
  }
  for (const k of report.skippedSheets) lines.push(``, `Bỏ qua trang tính "${k.sheet}": ${k.reason}.`);
  const { rows, validRows, errors, warnings, quotasUnmet } = report.summary;
  lines.push(``, `Tổng: ${rows} đề nghị, ${validRows} hợp lệ, ${errors} lỗi, ${warnings} cảnh báo, ${quotasUnmet} chỉ tiêu chưa đạt.`);
  return lines.join("\n");
};
