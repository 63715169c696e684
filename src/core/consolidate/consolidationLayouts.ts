import { formatUnitNote } from "../messages/vi";
import { formatQuotaBound, formatQuotaNotes, formatQuotaSubject, formatQuotaVerdict } from "../messages/quotaMessages";
import { describePlanDocument } from "../plan/describePlanDocument";
import type { Plan, SubjectKind } from "../plan/schema";
import { isYesMark, SUBJECT_KIND_LABELS } from "../read/parseValues";
import { toRoman } from "../layout/roman";
import type { Layout } from "../layout/types";
import type { QuotaResult } from "../model";
import { groupQuotasByRule } from "../quotas/groupQuotasByRule";
import { buildReportTable, type TableRow, type TableSpec } from "./reportTable";
import type { Consolidation } from "./types";

/** What every sheet of one consolidation shares: the body sending it up and the plan's reference. */
const frameOf = (c: Consolidation, plan: Plan): Pick<TableSpec, "issuer" | "subtitle"> => ({ issuer: plan.issuer, subtitle: subtitleOf(c, plan) });

const kindsOf = (c: Consolidation): SubjectKind[] => Object.keys(c.totals.byKind) as SubjectKind[];
const subtitleOf = (c: Consolidation, plan: Plan): string =>
  `(${describePlanDocument(plan)}${c.year !== null ? `; năm ${c.year}` : ""})`;

/**
 * "Tổng hợp": a row per unit — nominations, valid ones, by kind, by field or movement, and a note
 * saying where the unit's name was read and why its quotas may not be counted — and a total row.
 */
export const buildSummaryLayout = (c: Consolidation, plan: Plan): Layout => {
  const kinds = kindsOf(c);
  const topics = Object.keys(c.totals.byTopic).sort(new Intl.Collator("vi").compare);
  const rows: TableRow[] = c.units.map((u, i) => ({
    values: [i + 1, u.unit, u.rows, u.validRows, ...kinds.map((k) => u.byKind[k] ?? 0), ...topics.map((t) => u.byTopic[t] ?? 0), formatUnitNote(u, { plan })],
  }));
  // Units that owe a list and sent none: listed, in red, so that nobody is forgotten.
  c.notSent.forEach((u, i) =>
    rows.push({ values: [c.units.length + i + 1, u.unit, 0, 0, ...kinds.map(() => 0), ...topics.map(() => 0), "Chưa gửi danh sách."], tone: "flagged" }),
  );
  rows.push({ values: ["", "Tổng cộng", c.totals.rows, c.totals.validRows, ...kinds.map((k) => c.totals.byKind[k] ?? 0), ...topics.map((t) => c.totals.byTopic[t] ?? 0), ""], tone: "total" });
  return buildReportTable({
    sheetName: "Tổng hợp",
    role: "consolidation-summary",
    title: `TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN — ${c.scope.toLocaleUpperCase("vi")}`,
    ...frameOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Đơn vị", width: 26 },
      { text: "Số đề nghị", width: 10 },
      { text: "Hợp lệ", width: 9 },
      ...kinds.map((k) => ({ text: SUBJECT_KIND_LABELS[k], width: 10 })),
      ...topics.map((t) => ({ text: t, width: 14 })),
      { text: "Ghi chú", width: 30 },
    ],
    rows,
  });
};

/**
 * "Danh sách": every nomination with its source (Đơn vị, Tệp, Trang tính, Dòng) and its findings.
 * The level each row is proposed to ("Cấp đề nghị") and each flag column marked on some row (the
 * book "Những bông hoa đẹp") are kept: the level above counts its quotas by them when it reads this
 * list back.
 */
export const buildEntriesLayout = (c: Consolidation, plan: Plan): Layout => {
  const withLevel = c.entries.some((e) => (e.nomination.level ?? "") !== "");
  const flags = plan.flags.filter((f) => c.entries.some((e) => isYesMark(e.nomination.marks[f.id] ?? "")));
  return buildReportTable({
    sheetName: "Danh sách",
    role: "consolidation-list",
    title: "DANH SÁCH ĐỀ NGHỊ ĐÃ TỔNG HỢP",
    ...frameOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Họ và tên / Tên tập thể", width: 24 },
      { text: "Đối tượng", width: 12 },
      { text: "Năm sinh", width: 8 },
      { text: "Chức vụ", width: 16 },
      { text: "Lĩnh vực", width: 14 },
      { text: "Phong trào thi đua", width: 18 },
      { text: "Thành tích", width: 24 },
      { text: "Ngày đăng ký", width: 12 },
      ...(withLevel ? [{ text: "Cấp đề nghị", width: 12 }] : []),
      ...flags.map((f) => ({ text: f.name, width: 12 })),
      { text: "Đơn vị", width: 18 },
      { text: "Tệp", width: 18 },
      { text: "Trang tính", width: 12 },
      { text: "Dòng", width: 6 },
      { text: "Hợp lệ", width: 8 },
      { text: "Kết quả kiểm tra", width: 30 },
    ],
    rows: c.entries.map((e, i) => {
      const n = e.nomination;
      return {
        values: [
          i + 1,
          n.name,
          n.kind ? SUBJECT_KIND_LABELS[n.kind] : n.kindText,
          n.birthYear ?? null,
          n.position ?? "",
          (n.field && plan.fields.find((f) => f.id === n.field)?.name) || n.fieldText || "",
          (n.movement && plan.movements.find((m) => m.id === n.movement)?.name) || n.movementText || "",
          n.achievements ?? "",
          n.date ?? "",
          ...(withLevel ? [n.level ?? ""] : []),
          ...flags.map((f) => (isYesMark(n.marks[f.id] ?? "") ? "x" : "")),
          e.unit,
          e.file,
          e.sheet,
          e.row,
          e.valid ? "Có" : "Không",
          e.findings.join("\n"),
        ],
        ...(e.valid ? {} : { tone: "invalid" as const }),
      };
    }),
  });
};

/** "Thiếu 01; 02 dòng không ghi cấp đề nghị …": the verdict, then what the counts leave out. */
const describeVerdict = (q: QuotaResult): string => {
  const verdict = formatQuotaVerdict(q);
  return [`${verdict.charAt(0).toLocaleUpperCase("vi")}${verdict.slice(1)}`, ...formatQuotaNotes(q)].join("; ");
};

/**
 * "Chỉ tiêu": each rule of the plan once, as the heading of its results — one row per unit or for
 * the level, with what was registered, what is valid, what the plan asks and the verdict; unmet
 * rows filled red.
 */
export const buildQuotaLayout = (c: Consolidation, plan: Plan): Layout =>
  buildReportTable({
    sheetName: "Chỉ tiêu",
    role: "consolidation-quotas",
    title: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
    ...frameOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Đơn vị", width: 30 },
      { text: "Kỳ", width: 16 },
      { text: "Đăng ký", width: 9 },
      { text: "Hợp lệ", width: 9 },
      { text: "Mức kế hoạch", width: 20 },
      { text: "Đánh giá", width: 36 },
    ],
    rows: groupQuotasByRule(c.quotas).flatMap((g, i): TableRow[] => [
      { values: [toRoman(i + 1), g.text, "", "", "", "", ""], tone: "group", spanning: true },
      ...g.results.map((q, k): TableRow => ({
        values: [k + 1, formatQuotaSubject(q), q.period, q.registered, q.actual, formatQuotaBound(q), describeVerdict(q)],
        ...(q.met === false ? { tone: "flagged" as const } : {}),
      })),
    ]),
  });

/**
 * "Trùng lặp": the same person or collective in more than one place, each occurrence with its
 * source, and whether it counts (one unit's nominee sent through two sources counts once).
 */
export const buildDuplicatesLayout = (c: Consolidation, plan: Plan): Layout =>
  buildReportTable({
    sheetName: "Trùng lặp",
    role: "consolidation-duplicates",
    title: "ĐỀ NGHỊ TRÙNG LẶP",
    ...frameOf(c, plan),
    headers: [
      { text: "Nhóm", width: 8 },
      { text: "Tên người / tập thể", width: 26 },
      { text: "Đơn vị đề nghị", width: 24 },
      { text: "Tệp", width: 24 },
      { text: "Trang tính", width: 14 },
      { text: "Dòng", width: 7 },
      { text: "Tính vào tổng hợp", width: 22 },
    ],
    rows: c.duplicates.length === 0
      ? [{ values: ["", "Không có đề nghị trùng lặp.", "", "", "", "", ""] }]
      : c.duplicates.flatMap((d, i) => d.occurrences.map((o) => ({ values: [i + 1, d.name, o.unit, o.file, o.sheet, o.row, o.counted ? "Có" : "Không (trùng với nguồn khác của cùng đơn vị)"] }))),
  });

/** "Tệp bỏ qua": files and sheets that were not read, with the reason. */
export const buildSkippedLayout = (c: Consolidation, plan: Plan): Layout =>
  buildReportTable({
    sheetName: "Tệp bỏ qua",
    role: "consolidation-skipped",
    title: "TỆP VÀ TRANG TÍNH KHÔNG ĐƯỢC TỔNG HỢP",
    ...frameOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Tệp", width: 30 },
      { text: "Trang tính", width: 18 },
      { text: "Lý do", width: 60 },
    ],
    rows: c.skipped.length === 0 ? [{ values: ["", "Không có tệp nào bị bỏ qua.", "", ""] }] : c.skipped.map((s, i) => ({ values: [i + 1, s.file, s.sheet ?? "(cả tệp)", s.reason] })),
  });

/** The sheets of the consolidated workbook, in order. */
export const buildConsolidationLayouts = (c: Consolidation, plan: Plan): Layout[] => [
  buildSummaryLayout(c, plan),
  buildEntriesLayout(c, plan),
  buildQuotaLayout(c, plan),
  buildDuplicatesLayout(c, plan),
  buildSkippedLayout(c, plan),
];
