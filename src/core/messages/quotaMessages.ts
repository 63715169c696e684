import type { QuotaResult } from "../model";

/**
 * How a quota's result is said, in every place it is written: the command's text, the "Chỉ
 * tiêu" sheet, "Kết quả kiểm tra" and the pane. Counts are what was registered and what is
 * valid, the bound is the one that decides ("tối đa 04" when over it, "cần ít nhất 01" when
 * short), the verdict comes last: "đăng ký 05 (hợp lệ 04); tối đa 04: vượt 01". Never a bare
 * "02/01", which reads as a date, and never a bracket inside a bracket.
 */

const two = (n: number): string => String(n).padStart(2, "0");

const KIND_NAMES: Readonly<Record<string, string>> = { ca_nhan: "cá nhân", tap_the: "tập thể", ho_gia_dinh: "hộ gia đình", mo_hinh: "mô hình", doanh_nghiep: "doanh nghiệp" };
const kindName = (kind: string): string => KIND_NAMES[kind] ?? kind;

type KindCounts = NonNullable<QuotaResult["byKind"]>;
const kindEntries = (byKind: KindCounts): [string, { required: number; actual: number; shortfall: number }][] =>
  Object.entries(byKind).flatMap(([k, v]) => (v === undefined ? [] : [[k, v] as [string, typeof v]]));

/** "đăng ký 05 (hợp lệ 04)"; by kind: "đăng ký 04 (hợp lệ 01 tập thể, 02 cá nhân)". */
export const formatQuotaCounts = (q: QuotaResult): string => {
  const valid = q.byKind ? kindEntries(q.byKind).map(([k, v]) => `${two(v.actual)} ${kindName(k)}`).join(", ") : two(q.actual);
  return `đăng ký ${two(q.registered)} (hợp lệ ${valid || two(q.actual)})`;
};

/**
 * What the plan asks, as the verdict needs it: the cap when the count is over it, the minimum when
 * short, the whole range otherwise ("cần từ 01 đến 04"); per kind "cần ít nhất 01 tập thể, 03 cá nhân".
 */
export const formatQuotaBound = (q: QuotaResult): string => {
  if (q.excess > 0 && q.max !== undefined) return `tối đa ${two(q.max)}`;
  if (q.byKind) {
    const kinds = kindEntries(q.byKind).map(([k, v]) => `${two(v.required)} ${kindName(k)}`);
    if (kinds.length > 0) return `cần ít nhất ${kinds.join(", ")}`;
  }
  if (q.required === null) return q.max !== undefined ? `tối đa ${two(q.max)}` : "chưa xác định mức";
  if (q.max === undefined) return `cần ít nhất ${two(q.required)}`;
  if (q.max === q.required) return `cần ${two(q.required)}`;
  if (q.shortfall > 0) return `cần ít nhất ${two(q.required)}`;
  return `cần từ ${two(q.required)} đến ${two(q.max)}`;
};

/** "đạt", "thiếu 01" (per kind "thiếu 01 cá nhân"), "vượt 01", or "chưa tính được vì thiếu …". */
export const formatQuotaVerdict = (q: QuotaResult): string => {
  if (q.met === null) return `chưa tính được${q.missing ? ` vì thiếu ${q.missing}` : ""}`;
  const parts: string[] = [];
  if (q.shortfall > 0) {
    const kinds = q.byKind ? kindEntries(q.byKind).filter(([, v]) => v.shortfall > 0) : [];
    parts.push(kinds.length > 0 ? `thiếu ${kinds.map(([k, v]) => `${two(v.shortfall)} ${kindName(k)}`).join(", ")}` : `thiếu ${two(q.shortfall)}`);
  }
  if (q.excess > 0) parts.push(`vượt ${two(q.excess)}`);
  return parts.length > 0 ? parts.join(", ") : q.met ? "đạt" : "chưa đạt";
};

/** "đăng ký 05 (hợp lệ 04); tối đa 04: vượt 01": counts, bound and verdict. */
export const formatQuotaOutcome = (q: QuotaResult): string =>
  q.met === null ? `${formatQuotaCounts(q)}; ${formatQuotaVerdict(q)}` : `${formatQuotaCounts(q)}; ${formatQuotaBound(q)}: ${formatQuotaVerdict(q)}`;

/** "Đạt", "Chưa đạt", "Chưa tính được": the one word a table shows beside the outcome. */
export const formatQuotaState = (q: QuotaResult): string => (q.met === null ? "Chưa tính được" : q.met ? "Đạt" : "Chưa đạt");

/**
 * What the counts leave out, each a clause without brackets: rows with no level or an unknown one
 * (a quota counting "Cấp đề nghị"), rows dated after the quota's deadline, rows of movements the
 * unit leads (not held to the cap).
 */
export const formatQuotaNotes = (q: QuotaResult): string[] => {
  const notes: string[] = [];
  const p = q.proposedLevel;
  if (p && p.notGiven > 0 && !p.notGivenCounted)
    notes.push(`${two(p.notGiven)} dòng không ghi cấp đề nghị được coi là đề nghị ${p.assumed.toLocaleLowerCase("vi")} nên không tính; nếu đề nghị ${p.levels.join(", ").toLocaleLowerCase("vi")}, hãy ghi vào cột "Cấp đề nghị"`);
  if (p && p.unknown > 0) notes.push(`${two(p.unknown)} dòng ghi cấp đề nghị không có trong kế hoạch nên không tính`);
  if (q.late && q.late.count > 0)
    notes.push(`${two(q.late.count)} đề nghị ghi ngày sau hạn ${q.late.deadline}${/^\d{2}\/\d{2}$/.test(q.late.deadline) ? " hằng năm" : ""} được đếm riêng là muộn, không tính`);
  if (q.uncapped !== undefined && q.uncapped > 0) notes.push(`${two(q.uncapped)} đề nghị thuộc phong trào đơn vị chủ trì không tính vào mức tối đa`);
  return notes;
};

/** Who the result is for: "Xã Trung Thu", "Quận Long Biên – Phong trào …", ", chưa gửi danh sách". */
export const formatQuotaSubject = (q: QuotaResult): string => `${q.scope}${q.group ? ` – ${q.group}` : ""}${q.notSent ? ", chưa gửi danh sách" : ""}`;

/**
 * One line for a quota result, as the command prints it: "Các xã: từ 01 đến 04 mô hình — Xã Trung
 * Thu, Cả kỳ 2021–2025: đăng ký 05 (hợp lệ 04); tối đa 04: vượt 01." Notes follow in one bracket.
 */
export const formatQuotaMessage = (q: QuotaResult): string => {
  const notes = formatQuotaNotes(q);
  return `${q.text} — ${formatQuotaSubject(q)}, ${q.period}: ${formatQuotaOutcome(q)}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}.`;
};
