import { formatQuotaMessage } from "../messages/vi";
import { describePlanDocument } from "../plan/describePlanDocument";
import type { Plan, SubjectKind } from "../plan/schema";
import { SUBJECT_KIND_LABELS } from "../read/parseValues";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "../layout/types";
import type { Consolidation } from "./types";

const HEAD: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E1F2", size: 12 };
const BODY: CellStyle = { vertical: "top", wrap: true, border: true, size: 12 };
const NUM: CellStyle = { ...BODY, horizontal: "center" };
const TOTAL: CellStyle = { ...BODY, bold: true, horizontal: "center" };
const RED: CellStyle = { ...BODY, fill: "FFC7CE", color: "9C0006" };

interface TableSpec {
  sheetName: string;
  title: string;
  subtitle: string;
  headers: { text: string; width: number }[];
  rows: { values: (string | number | null)[]; style?: CellStyle }[];
}

/** A titled table with its header repeated on every printed page: the shape of every output sheet. */
const buildTable = (spec: TableSpec): Layout => {
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const last = spec.headers.length;
  cells.push({ row: 1, col: 1, value: spec.title, style: { bold: true, size: 14, horizontal: "center" } });
  cells.push({ row: 2, col: 1, value: spec.subtitle, style: { italic: true, horizontal: "center", wrap: true } });
  merges.push({ top: 1, left: 1, bottom: 1, right: last }, { top: 2, left: 1, bottom: 2, right: last });
  spec.headers.forEach((h, i) => cells.push({ row: 4, col: i + 1, value: h.text, style: HEAD }));
  spec.rows.forEach((r, k) =>
    r.values.forEach((v, i) => cells.push({ row: 5 + k, col: i + 1, value: v, style: r.style ?? (typeof v === "number" ? NUM : BODY) })),
  );
  const wide = spec.headers.reduce((a, h) => a + h.width, 0) > 100;
  return {
    sheetName: spec.sheetName,
    font: { name: ADMIN_FONT.name, size: 12 },
    columnWidths: spec.headers.map((h) => h.width),
    rowHeights: { 2: 32 },
    cells,
    merges,
    freezeRows: 4,
    print: {
      paperSize: "A4",
      orientation: wide ? "landscape" : "portrait",
      margins: { ...ADMIN_MARGINS_MM },
      repeatRows: { from: 4, to: 4 },
      fitToWidth: true,
      pageNumbers: { position: "top-center", firstPage: false },
    },
  };
};

const kindsOf = (c: Consolidation): SubjectKind[] => Object.keys(c.totals.byKind) as SubjectKind[];
const subtitleOf = (c: Consolidation, plan: Plan): string =>
  `(${describePlanDocument(plan)}${c.year !== null ? `; năm ${c.year}` : ""})`;

/** "Tổng hợp": a row per unit — nominations, valid ones, by kind, by field or movement — and a total row. */
export const buildSummaryLayout = (c: Consolidation, plan: Plan): Layout => {
  const kinds = kindsOf(c);
  const topics = Object.keys(c.totals.byTopic).sort(new Intl.Collator("vi").compare);
  const rows = c.units.map((u, i) => ({
    values: [i + 1, u.unit, u.rows, u.validRows, ...kinds.map((k) => u.byKind[k] ?? 0), ...topics.map((t) => u.byTopic[t] ?? 0)],
  }));
  rows.push({ values: ["", "Tổng cộng", c.totals.rows, c.totals.validRows, ...kinds.map((k) => c.totals.byKind[k] ?? 0), ...topics.map((t) => c.totals.byTopic[t] ?? 0)], style: TOTAL } as (typeof rows)[number]);
  return buildTable({
    sheetName: "Tổng hợp",
    title: `TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN — ${c.scope.toLocaleUpperCase("vi")}`,
    subtitle: subtitleOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Đơn vị", width: 26 },
      { text: "Số đề nghị", width: 10 },
      { text: "Hợp lệ", width: 9 },
      ...kinds.map((k) => ({ text: SUBJECT_KIND_LABELS[k], width: 10 })),
      ...topics.map((t) => ({ text: t, width: 14 })),
    ],
    rows,
  });
};

/** "Danh sách": every nomination with its source (Đơn vị, Tệp, Trang tính, Dòng) and its findings. */
export const buildEntriesLayout = (c: Consolidation, plan: Plan): Layout =>
  buildTable({
    sheetName: "Danh sách",
    title: "DANH SÁCH ĐỀ NGHỊ ĐÃ TỔNG HỢP",
    subtitle: subtitleOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Họ và tên / Tên tập thể", width: 24 },
      { text: "Đối tượng", width: 11 },
      { text: "Năm sinh", width: 8 },
      { text: "Chức vụ", width: 16 },
      { text: "Lĩnh vực", width: 14 },
      { text: "Phong trào thi đua", width: 18 },
      { text: "Thành tích", width: 24 },
      { text: "Ngày đăng ký", width: 11 },
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
          e.unit,
          e.file,
          e.sheet,
          e.row,
          e.valid ? "Có" : "Không",
          e.findings.join("\n"),
        ],
        ...(e.valid ? {} : { style: { ...BODY, color: "9C0006" } }),
      };
    }),
  });

/** "Chỉ tiêu": every quota at unit level and at the level above; unmet ones filled red. */
export const buildQuotaLayout = (c: Consolidation, plan: Plan): Layout =>
  buildTable({
    sheetName: "Chỉ tiêu",
    title: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
    subtitle: subtitleOf(c, plan),
    headers: [
      { text: "TT", width: 5 },
      { text: "Chỉ tiêu", width: 34 },
      { text: "Phạm vi", width: 20 },
      { text: "Nhóm", width: 18 },
      { text: "Kỳ", width: 12 },
      { text: "Yêu cầu", width: 9 },
      { text: "Thực hiện", width: 9 },
      { text: "Thiếu", width: 8 },
      { text: "Vượt", width: 7 },
      { text: "Đánh giá", width: 26 },
    ],
    rows: c.quotas.map((q, i) => ({
      values: [i + 1, q.text, q.scope, q.group ?? "", q.period, q.required ?? "", q.actual, q.shortfall, q.excess, q.met === true ? "Đạt" : formatQuotaMessage(q).replace(/^.*: /, "")],
      ...(q.met === false ? { style: RED } : {}),
    })),
  });

/** "Trùng lặp": the same person or collective nominated by more than one unit, each occurrence with its source. */
export const buildDuplicatesLayout = (c: Consolidation, plan: Plan): Layout =>
  buildTable({
    sheetName: "Trùng lặp",
    title: "ĐỀ NGHỊ TRÙNG LẶP GIỮA CÁC ĐƠN VỊ",
    subtitle: subtitleOf(c, plan),
    headers: [
      { text: "Nhóm", width: 6 },
      { text: "Tên người / tập thể", width: 26 },
      { text: "Đơn vị đề nghị", width: 24 },
      { text: "Tệp", width: 24 },
      { text: "Trang tính", width: 14 },
      { text: "Dòng", width: 7 },
    ],
    rows: c.duplicates.length === 0
      ? [{ values: ["", "Không có đề nghị trùng lặp.", "", "", "", ""] }]
      : c.duplicates.flatMap((d, i) => d.occurrences.map((o) => ({ values: [i + 1, d.name, o.unit, o.file, o.sheet, o.row] }))),
  });

/** "Tệp bỏ qua": files and sheets that were not read, with the reason. */
export const buildSkippedLayout = (c: Consolidation, plan: Plan): Layout =>
  buildTable({
    sheetName: "Tệp bỏ qua",
    title: "TỆP VÀ TRANG TÍNH KHÔNG ĐƯỢC TỔNG HỢP",
    subtitle: subtitleOf(c, plan),
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
