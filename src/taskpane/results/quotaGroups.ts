/**
 * Quota results as an officer scans them: one group per rule (its text once, however many units
 * it is counted for), the rules with an unmet quota first, then those that could not be counted,
 * then the met ones; inside a rule, the units short first. Pure: the pane's components (and the
 * Sheets sidebar reusing them) only draw what this decides.
 */
import type { QuotaResult } from "../../core/model";

export type QuotaState = "unmet" | "unknown" | "met";

export const quotaState = (q: QuotaResult): QuotaState => (q.met === false ? "unmet" : q.met === null ? "unknown" : "met");

export interface QuotaItem {
  quota: QuotaResult;
  state: QuotaState;
  /** Who and when, as far as it differs inside the group: "Phường Ngọc Lâm", "Phường Ngọc Lâm — Quý 2/2024". */
  label: string;
}

export interface QuotaGroup {
  ruleId: string;
  text: string;
  /** The period every item shares ("Năm 2024"), or null when they differ (each item then names its own). */
  period: string | null;
  /** Unmet first, then not countable, then met; each state in the order given. */
  items: QuotaItem[];
  counts: Record<QuotaState, number>;
}

const STATE_ORDER: Readonly<Record<QuotaState, number>> = { unmet: 0, unknown: 1, met: 2 };

/** Where a group stands: by its worst item. */
export const groupState = (group: QuotaGroup): QuotaState => (group.counts.unmet > 0 ? "unmet" : group.counts.unknown > 0 ? "unknown" : "met");

const itemLabel = (q: QuotaResult, sharedPeriod: boolean): string =>
  [`${q.scope}${q.notSent ? " (chưa gửi danh sách)" : ""}`, q.group, sharedPeriod ? null : q.period].filter((part): part is string => Boolean(part)).join(" — ");

/** The quota results grouped by rule and ordered as above (stable: the plan's order breaks ties). */
export const groupQuotas = (quotas: readonly QuotaResult[]): QuotaGroup[] => {
  const byRule = new Map<string, QuotaResult[]>();
  for (const q of quotas) {
    const list = byRule.get(q.ruleId);
    if (list) list.push(q);
    else byRule.set(q.ruleId, [q]);
  }
  const groups: QuotaGroup[] = [];
  for (const [ruleId, list] of byRule) {
    const periods = new Set(list.map((q) => q.period));
    const shared = periods.size === 1;
    const items = list
      .map((quota) => ({ quota, state: quotaState(quota), label: itemLabel(quota, shared) }))
      .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);
    const counts = { unmet: 0, unknown: 0, met: 0 };
    for (const item of items) counts[item.state]++;
    groups.push({ ruleId, text: list[0]?.text ?? ruleId, period: shared ? (list[0]?.period ?? null) : null, items, counts });
  }
  return groups.sort((a, b) => STATE_ORDER[groupState(a)] - STATE_ORDER[groupState(b)]);
};

const two = (n: number): string => String(n).padStart(2, "0");

/** Units named in a group's accessible name: a few by name, the rest counted. */
const nameUnits = (items: readonly QuotaItem[], max = 3): string => {
  const names = [...new Set(items.map((i) => i.label))];
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} và ${names.length - max} đơn vị khác`;
};

/**
 * A group's accessible name: the rule and, by name, the units that are short (or, when none is,
 * those counted), so that fifteen groups never sound alike.
 */
export const describeQuotaGroupName = (group: QuotaGroup): string => {
  const short = group.items.filter((i) => i.state === "unmet");
  const unknown = group.items.filter((i) => i.state === "unknown");
  if (short.length > 0) return `${group.text} — chưa đạt: ${nameUnits(short)}`;
  if (unknown.length > 0) return `${group.text} — chưa tính được: ${nameUnits(unknown)}`;
  return `${group.text} — đạt: ${nameUnits(group.items)}`;
};

/** The figures of one item, as short parts: "Yêu cầu: 02", "Hiện có: 00", "Thiếu: 02". */
export const describeQuotaFigures = (q: QuotaResult): string[] => {
  if (q.met === null) return [`Chưa tính được: thiếu ${q.missing ?? "số liệu để tính"}`];
  const required = q.required === null ? "—" : q.max !== undefined && q.max !== q.required ? `${two(q.required)}–${two(q.max)}` : two(q.required);
  if (q.excess > 0) return [`Tối đa: ${two(q.max ?? 0)}`, `Đăng ký: ${two(q.registered)}`, `Vượt: ${two(q.excess)}`];
  const parts = [`Yêu cầu: ${required}`, `Hiện có: ${two(q.actual)}`];
  if (q.shortfall > 0) parts.push(`Thiếu: ${two(q.shortfall)}`);
  return parts;
};

const KIND_NAMES: Readonly<Record<string, string>> = { tap_the: "tập thể", ca_nhan: "cá nhân", ho_gia_dinh: "hộ gia đình", mo_hinh: "mô hình", doanh_nghiep: "doanh nghiệp" };

/** "tập thể 00/01, cá nhân 02/03" for a quota counted per kind; null otherwise. */
export const describeQuotaKinds = (q: QuotaResult): string | null => {
  if (!q.byKind) return null;
  const parts = Object.entries(q.byKind).map(([kind, v]) => `${KIND_NAMES[kind] ?? kind} ${two(v.actual)}/${two(v.required)}`);
  return parts.length > 0 ? parts.join(", ") : null;
};
