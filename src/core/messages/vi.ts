import type { Finding, FindingCode, QuotaResult } from "../model";
import { describePlanDocument } from "../plan/describePlanDocument";
import type { Plan } from "../plan/schema";
import type { UnitSource } from "../check/report";
import type { UnitNotice } from "../quotas/judgeUnit";
import { listUnitKinds } from "../units/resolveUnitKind";

/** What a message may name besides the finding itself: the plan's words for its rules. */
export interface MessageContext {
  plan?: Plan;
}

const where = (f: Finding): string => (f.cell ? `ô ${f.cell}` : f.row !== undefined ? `dòng ${f.row}` : `trang tính "${f.sheet}"`);
const quote = (v: string | number | undefined): string => (v === undefined || v === "" ? "(trống)" : `"${v}"`);

const criterionLabel = (f: Finding, ctx: MessageContext): string =>
  ctx.plan?.criteria.find((c) => c.id === f.ruleId)?.label ?? String(f.expected ?? f.ruleId ?? "");

/** What a unit's notice says, without where (a sheet, or the consolidation's row of the unit). */
export const formatUnitNotice = (n: UnitNotice, ctx: MessageContext = {}): string => {
  const registry = `hãy ghi loại của đơn vị này trong danh sách đơn vị (cột "Loại đơn vị")`;
  if (n.code === "unit/no-quota") {
    const kind = (ctx.plan ? listUnitKinds(ctx.plan).find((k) => k.id === n.kind)?.name : undefined) ?? n.kind;
    return `đơn vị "${n.unit}" (loại ${kind.toLocaleLowerCase("vi")}) không thuộc chỉ tiêu nào kế hoạch giao cho các đơn vị; nếu đơn vị này có chỉ tiêu, ${registry} cho đúng.`;
  }
  const kinds = ctx.plan?.unitKinds.map((k) => k.name).join("; ") ?? "";
  const counted = n.genericQuotas.length > 0 ? "nên chỉ được tính theo chỉ tiêu giao chung cho các đơn vị" : "nên chưa tính được chỉ tiêu nào của đơn vị này";
  return `chưa biết đơn vị "${n.unit}" thuộc loại đơn vị nào của kế hoạch${kinds ? ` (${kinds})` : ""}, ${counted}; ${registry}.`;
};

/** The unit's notice a finding carries: the unit in `actual`, a generic quota in `ruleId`, the kind in `expected`. */
const unitNoticeOf = (f: Finding): UnitNotice =>
  f.code === "unit/no-quota"
    ? { code: "unit/no-quota", unit: String(f.actual ?? ""), kind: String(f.expected ?? "") }
    : { code: "unit/unknown-kind", unit: String(f.actual ?? ""), genericQuotas: f.ruleId ? [f.ruleId] : [] };

/** Where a unit's name was read, as a report says it: "tên lấy từ tiêu đề". */
export const UNIT_SOURCE_LABELS: Record<UnitSource, string> = {
  option: "do người dùng chọn",
  column: "cột Đơn vị",
  group: "dòng nhóm",
  title: "tiêu đề",
  sheet: "tên trang tính",
  file: "tên tệp",
};

/**
 * What the consolidation's "Tổng hợp" says of a unit beside its numbers: where its name was read,
 * and why the plan's unit quotas may not reach it. "Tên lấy từ tiêu đề. Chưa biết đơn vị …"
 */
export const formatUnitNote = (unit: { unitSource: UnitSource; notice?: UnitNotice }, ctx: MessageContext = {}): string => {
  const source = `Tên lấy từ ${UNIT_SOURCE_LABELS[unit.unitSource]}.`;
  if (!unit.notice) return source;
  const notice = formatUnitNotice(unit.notice, ctx);
  return `${source} ${notice.charAt(0).toLocaleUpperCase("vi")}${notice.slice(1)}`;
};

/** The one table of Vietnamese messages: one sentence per finding code, saying what and where and what to do. */
const MESSAGES: Record<FindingCode, (f: Finding, ctx: MessageContext) => string> = {
  "cell/required": (f) =>
    f.ruleId === "name"
      ? `${where(f)}: thiếu họ và tên (hoặc tên tập thể); hãy ghi tên người hoặc tập thể được giới thiệu.`
      : f.ruleId === "kind"
        ? `${where(f)}: thiếu đối tượng; hãy ghi "Cá nhân", "Tập thể" hoặc "Hộ gia đình".`
        : `${where(f)}: thiếu ${String(f.expected ?? "số liệu")}; hãy bổ sung để xét tiêu chí.`,
  "cell/kind": (f) => `${where(f)}: đối tượng ${quote(f.actual)} không hợp lệ; kế hoạch chỉ xét: ${String(f.expected)}.`,
  "cell/criterion": (f, ctx) =>
    `${where(f)}: chưa đạt tiêu chí "${criterionLabel(f, ctx)}" (ghi ${quote(f.actual)}); đánh dấu "x" nếu đạt, nếu không thì không đủ điều kiện giới thiệu.`,
  "cell/rising": (f, ctx) =>
    `${where(f)}: không đạt tiêu chí "${criterionLabel(f, ctx)}": ${String(f.actual)} không cao hơn năm trước (cần ${String(f.expected)}).`,
  "cell/date-format": (f) => `${where(f)}: ${quote(f.actual)} không phải ngày; hãy ghi ngày dạng dd/mm/yyyy.`,
  "cell/date-outside-period": (f) => `${where(f)}: ngày ${String(f.actual)} nằm ngoài thời gian của kế hoạch (${String(f.expected)}); hãy kiểm tra lại ngày.`,
  "cell/date-late": (f) => `${where(f)}: ngày ${String(f.actual)} sau thời hạn ${String(f.expected)} của kế hoạch; đăng ký này bị muộn.`,
  "cell/unknown-field": (f) => `${where(f)}: lĩnh vực ${quote(f.actual)} không có trong kế hoạch; hãy ghi đúng tên lĩnh vực của kế hoạch.`,
  "cell/unknown-movement": (f) => `${where(f)}: phong trào ${quote(f.actual)} không có trong kế hoạch; hãy ghi đúng tên phong trào thi đua của kế hoạch.`,
  "cell/min-length": (f) => `${where(f)}: nội dung quá ngắn (${String(f.actual)} ký tự, cần ít nhất ${String(f.expected)}); hãy tóm tắt thành tích đầy đủ hơn.`,
  "row/invalid-at-source": (f) =>
    `${where(f)}: đề nghị này đã được cấp dưới đánh giá không hợp lệ${f.actual ? ` (${String(f.actual)})` : ""}; hãy xem lại tệp gốc của đơn vị.`,
  "row/hidden": (f) =>
    `${where(f)} đang bị ẩn trong Excel nhưng vẫn được kiểm tra và tính vào chỉ tiêu; nếu đơn vị đã rút đề nghị này, hãy xóa dòng, nếu không hãy bỏ ẩn để mọi người cùng thấy.`,
  "row/duplicate": (f) => `${where(f)}: ${quote(f.actual)} đã có ở dòng ${String(f.expected)}; hãy xóa dòng trùng hoặc ghi rõ năm sinh nếu là hai người khác nhau.`,
  "sheet/missing-criterion-column": (f, ctx) =>
    `Trang tính "${f.sheet}" không có cột cho tiêu chí "${criterionLabel(f, ctx)}"; hãy thêm cột này để tiêu chí được kiểm tra.`,
  "sheet/other-plan": (f, ctx) => {
    const chosen = ctx.plan ? describePlanDocument(ctx.plan) : "kế hoạch đang chọn";
    const why =
      f.ruleId === "number"
        ? `danh sách này có vẻ thuộc Kế hoạch số ${String(f.actual)} (tiêu đề ghi số này)`
        : f.ruleId === "place"
          ? `danh sách này có vẻ thuộc kế hoạch của ${String(f.actual)} (tiêu đề ghi tên này)`
          : `danh sách này có vẻ thuộc một kế hoạch khác (chỉ ${two(Number(f.actual ?? 0))} trong ${two(Number(f.expected ?? 0))} đề nghị ghi phong trào, lĩnh vực có trong kế hoạch đang chọn)`;
    return `Trang tính "${f.sheet}": ${why}, không phải ${chosen}; hãy chọn đúng kế hoạch rồi kiểm tra lại.`;
  },
  "sheet/legacy-encoding": (f) => `Trang tính "${f.sheet}" dùng bảng mã cũ ${String(f.actual)}; nội dung đã được chuyển sang Unicode.`,
  "quota/below-min": (f) => `${String(f.ruleId)}: mới có ${String(f.actual)}, cần ${String(f.expected)}.`,
  "quota/above-max": (f) => `${String(f.ruleId)}: có ${String(f.actual)}, vượt mức tối đa ${String(f.expected)}.`,
  "quota/unknown-staff": (f) =>
    `Trang tính "${f.sheet}": chưa tính được chỉ tiêu "${String(f.ruleId)}" vì thiếu ${String(f.expected)}; hãy chọn danh sách đơn vị (tên, loại, số CBCCVC) có số CBCCVC, người lao động của đơn vị này.`,
  "unit/unknown-kind": (f, ctx) => `Trang tính "${f.sheet}": ${formatUnitNotice(unitNoticeOf(f), ctx)}`,
  "unit/no-quota": (f, ctx) => `Trang tính "${f.sheet}": ${formatUnitNotice(unitNoticeOf(f), ctx)}`,
};

/** The Vietnamese sentence for a finding. */
export const formatFindingMessage = (f: Finding, ctx: MessageContext = {}): string => MESSAGES[f.code](f, ctx);

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * What a quota counting one level ("Cấp đề nghị") says of the rows it left out, or "": rows
 * without a level (taken as proposed to the plan's own level) and rows naming no level of the plan.
 * No ": " inside: the "Chỉ tiêu" sheet cuts a quota line at its last one.
 */
export const formatProposedLevelNote = (q: QuotaResult): string => {
  const p = q.proposedLevel;
  if (!p) return "";
  const parts: string[] = [];
  if (p.notGiven > 0 && !p.notGivenCounted)
    parts.push(`${two(p.notGiven)} dòng không ghi cấp đề nghị được coi là đề nghị ${p.assumed.toLocaleLowerCase("vi")} nên không tính; nếu đề nghị ${p.levels.join(", ").toLocaleLowerCase("vi")}, hãy ghi vào cột "Cấp đề nghị"`);
  if (p.unknown > 0) parts.push(`${two(p.unknown)} dòng ghi cấp đề nghị không có trong kế hoạch nên không tính`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
};

/** "(02 đề nghị ghi ngày sau hạn 10/04 được đếm riêng, không tính)", or "". No ": " inside, as above. */
const formatLateNote = (q: QuotaResult): string =>
  q.late && q.late.count > 0 ? ` (${two(q.late.count)} đề nghị ghi ngày sau hạn ${q.late.deadline}${/^\d{2}\/\d{2}$/.test(q.late.deadline) ? " hằng năm" : ""} được đếm riêng là muộn, không tính)` : "";

/** One line for a quota result: "Các phường: ít nhất 02 điển hình — Năm 2024: 01/02, thiếu 01." */
export const formatQuotaMessage = (q: QuotaResult): string => {
  const line = formatQuotaLine(q);
  const note = `${formatProposedLevelNote(q)}${formatLateNote(q)}`;
  return note ? `${line.slice(0, -1)}${note}.` : line;
};

const formatQuotaLine = (q: QuotaResult): string => {
  const head = `${q.text}${q.group ? ` (${q.group})` : ""} — ${q.scope}${q.notSent ? " (chưa gửi danh sách)" : ""}, ${q.period}`;
  if (q.met === null) return `${head}: chưa tính được${q.missing ? ` vì thiếu ${q.missing}` : ""}.`;
  const need = q.required === null ? "" : `/${two(q.required)}`;
  if (q.excess > 0) return `${head}: đăng ký ${two(q.registered)}, vượt mức tối đa ${two(q.max ?? 0)} là ${two(q.excess)}.`;
  if (q.met) return `${head}: đạt (${two(q.actual)}${need}).`;
  const kinds = q.byKind
    ? Object.entries(q.byKind)
        .filter(([, v]) => v.shortfall > 0)
        .map(([k, v]) => `${KIND_SHORT[k] ?? k} thiếu ${two(v.shortfall)}`)
        .join(", ")
    : "";
  return `${head}: chưa đạt (${two(q.actual)}${need}), thiếu ${two(q.shortfall)}${kinds ? ` (${kinds})` : ""}.`;
};

const KIND_SHORT: Record<string, string> = { ca_nhan: "cá nhân", tap_the: "tập thể", ho_gia_dinh: "hộ gia đình", mo_hinh: "mô hình", doanh_nghiep: "doanh nghiệp" };

/** Why a sheet was not read as a list. */
export const SKIP_REASONS = {
  "no-header": "không có dòng tiêu đề danh sách (cần ít nhất cột Họ và tên/Tên tập thể và một cột khác như Đối tượng)",
  "empty-sheet": "trang tính trống",
  "summary-formulas": "trang tổng hợp (đếm, cộng số lượng theo đơn vị), không phải danh sách đề nghị",
  guide: "trang hướng dẫn cách ghi danh sách, không phải danh sách đề nghị",
  budget: "trang kinh phí (số tiền, dự toán), không phải danh sách đề nghị",
  hidden: "trang tính bị ẩn",
  report: "trang báo cáo kết quả (trùng lặp, tệp bỏ qua, kết quả kiểm tra), không phải danh sách đề nghị",
} as const;
