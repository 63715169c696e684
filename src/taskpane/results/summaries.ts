/**
 * The first line of each result, the one focus moves to and the live region reads: what was
 * given, what came of it, what needs the officer. Pure, so the pane and the Sheets sidebar say
 * the same.
 */
import type { DuplicateGroup, SkippedInput } from "../../core/consolidate/types";
import type { QuotaResult } from "../../core/model";
import type { CheckFilesResult, ConsolidationView, PaneCheckReport, PaneProgress } from "../operations";

const countUnmet = (quotas: readonly QuotaResult[]): { unmet: number; unknown: number; total: number } => ({
  unmet: quotas.filter((q) => q.met === false).length,
  unknown: quotas.filter((q) => q.met === null).length,
  total: quotas.length,
});

/** "16/32 chỉ tiêu chưa đạt, 2 chưa tính được" (empty when the plan counts no quota here). */
export const describeQuotaCount = (quotas: readonly QuotaResult[]): string => {
  const { unmet, unknown, total } = countUnmet(quotas);
  if (total === 0) return "";
  return `${unmet}/${total} chỉ tiêu chưa đạt${unknown > 0 ? `, ${unknown} chưa tính được` : ""}`;
};

/** One file's check: "Xa_Hoa_Binh.xlsx: 4 dòng đề nghị, 3 hợp lệ; 1 lỗi, 0 cảnh báo; 1 chỉ tiêu chưa đạt." */
export function describeSummary(report: PaneCheckReport): string {
  const s = report.summary;
  return `${report.file}: ${s.rows} dòng đề nghị, ${s.validRows} hợp lệ; ${s.errors} lỗi, ${s.warnings} cảnh báo; ${s.quotasUnmet} chỉ tiêu chưa đạt.`;
}

/** A check of several files: "3 tệp: 2 đã kiểm tra, 1 không đọc được; 5 lỗi, 2 cảnh báo; 1 chỉ tiêu chưa đạt." */
export function describeChecksSummary(result: CheckFilesResult): string {
  const given = result.checked.length + result.failed.length;
  const sum = (pick: (r: PaneCheckReport) => number): number => result.checked.reduce((a, c) => a + pick(c.report), 0);
  const files = `${given} tệp: ${result.checked.length} đã kiểm tra${result.failed.length > 0 ? `, ${result.failed.length} không đọc được` : ""}`;
  return `${files}; ${sum((r) => r.summary.rows)} dòng đề nghị, ${sum((r) => r.summary.validRows)} hợp lệ; ${sum((r) => r.summary.errors)} lỗi, ${sum((r) => r.summary.warnings)} cảnh báo; ${sum((r) => r.summary.quotasUnmet)} chỉ tiêu chưa đạt.`;
}

export interface ConsolidationSummaryInput {
  consolidation: ConsolidationView;
  /** Files given (the open workbook counts as one); unknown when the host did not say. */
  sources?: number;
  /** Files a list was read from. */
  read?: readonly string[];
  /** The lists were the sheets of the workbook open in Excel. */
  openWorkbook?: string;
}

/** "18 tệp: 15 đơn vị, 3 tệp bỏ qua; 16/32 chỉ tiêu chưa đạt." */
export function describeConsolidationSummary({ consolidation: c, sources, read, openWorkbook }: ConsolidationSummaryInput): string {
  const skippedFiles = sources !== undefined && read !== undefined ? sources - read.length : c.skipped.filter((s) => s.sheet === null).length;
  const given = openWorkbook ?? (sources !== undefined ? `${sources} tệp` : `${(read?.length ?? 0) + skippedFiles} tệp`);
  const parts = [`${c.units.length} đơn vị`];
  if (!openWorkbook && skippedFiles > 0) parts.push(`${skippedFiles} tệp bỏ qua`);
  const quotas = describeQuotaCount(c.quotas);
  return `${given}: ${parts.join(", ")}${quotas ? `; ${quotas}` : ""}.`;
}

/** The line under it: "120 đề nghị, 110 hợp lệ; 4 đơn vị chưa gửi danh sách; 3 người trùng lặp." */
export function describeConsolidationTotals(c: ConsolidationView): string {
  const parts = [`${c.totals.rows} đề nghị, ${c.totals.validRows} hợp lệ`];
  if (c.notSent.length > 0) parts.push(`${c.notSent.length} đơn vị chưa gửi danh sách`);
  if (c.duplicates.length > 0) parts.push(`${c.duplicates.length} trường hợp trùng lặp`);
  return `${parts.join("; ")}.`;
}

/** A duplicate with the units and files it was found in: "Phường Bồ Đề (Phuong_Bo_De.xlsx, dòng 12); …". */
export function describeDuplicatePlaces(group: DuplicateGroup): string {
  return group.occurrences
    .map((o) => `${o.unit} (${o.file}${o.sheet ? ` / ${o.sheet}` : ""}, dòng ${o.row}${o.counted ? "" : ", bản trùng không tính"})`)
    .join("; ");
}

/** A skipped file or sheet with its reason: "Phuong_Long_Bien.xlsx: tệp bị cắt cụt…". */
export const describeSkipped = (s: SkippedInput): string => `${s.file}${s.sheet ? ` / ${s.sheet}` : ""}: ${s.reason}`;

/** The progress line: "Đang đọc 123/300 tệp", then what is being written. */
export function describeProgress(progress: PaneProgress | null, writing: string): string {
  if (!progress) return "Đang bắt đầu…";
  if (progress.phase === "write") return writing;
  return `Đang đọc ${Math.min(progress.done + 1, progress.total)}/${progress.total} tệp`;
}
