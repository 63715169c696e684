import { formatQuotaMessage, formatUnitNote } from "../messages/vi";
import { describePlanDocument } from "../plan/describePlanDocument";
import type { Plan, SubjectKind } from "../plan/schema";
import { isYesMark, SUBJECT_KIND_LABELS } from "../read/parseValues";
import { estimateHeightPt, estimateLineCount, sumWidths } from "../layout/headingBlock";
import { ADMIN_FONT, ADMIN_MARGINS_MM, type CellStyle, type Layout, type LayoutCell, type Merge } from "../layout/types";
import type { OwnSheetRole } from "../ownOutput/ownSheets";
import type { Consolidation } from "./types";

/** The sheets' font size: every cell without a size of its own is written in it. */
const FONT_SIZE = 12;
const HEAD: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E1F2", size: 12 };
const BODY: CellStyle = { vertical: "top", wrap: true, border: true, size: 12 };
const NUM: CellStyle = { ...BODY, horizontal: "center" };
const TOTAL: CellStyle = { ...BODY, bold: true, horizontal: "center" };
const RED: CellStyle = { ...BODY, fill: "FFC7CE", color: "9C0006" };

interface TableSpec {
  sheetName: string;
  role: OwnSheetRole;
  title: string;
  subtitle: string;
  headers: { text: string; width: number }[];
  rows: TableRow[];
}

interface TableRow {
  values: (string | number | null)[];
  style?: CellStyle;
}

const TITLE: CellStyle = { bold: true, size: 14, horizontal: "center", wrap: true };
const SUBTITLE: CellStyle = { italic: true, horizontal: "center", wrap: true };
/** The subtitle's row is never lower than this: room for the plan's reference on two lines. */
const SUBTITLE_MIN_HEIGHT = 32;

/** After this many texts of a column, its memo is dropped if most of them were new. */
const MEMO_TRIAL = 2000;

/** What a column remembers of the texts measured in it. */
interface ColumnMemo {
  width: number;
  /** Lines by text; null once the column has shown that its texts hardly repeat (names). */
  known: Map<string, number> | null;
  looked: number;
  misses: number;
  /** The previous row's text: all the rows of one file share their unit, file and sheet. */
  last: string;
  lastLines: number;
}

/** Lines of `text` in the sheet's font, regular, in the column of `memo`. */
const linesIn = (memo: ColumnMemo, text: string): number => {
  if (text === memo.last) return memo.lastLines;
  let lines = memo.known?.get(text);
  if (lines === undefined) {
    lines = estimateLineCount(text, memo.width, FONT_SIZE);
    memo.known?.set(text, lines);
    memo.misses++;
  }
  if (++memo.looked === MEMO_TRIAL && memo.misses > MEMO_TRIAL / 2) memo.known = null;
  memo.last = text;
  memo.lastLines = lines;
  return lines;
};

/**
 * The lines of the tallest cell of each row, each text wrapped in its column's width. Units,
 * kinds, movements, files, sheets and findings repeat over thousands of rows: a column remembers
 * its texts, unless they hardly repeat (names), where hashing and storing cost more than measuring.
 */
const tallestCells = (rows: readonly TableRow[], widths: readonly number[]): number[] => {
  const memos = widths.map((width): ColumnMemo => ({ width, known: new Map(), looked: 0, misses: 0, last: "", lastLines: 1 }));
  return rows.map((row) => {
    const size = row.style?.size ?? FONT_SIZE;
    const bold = row.style?.bold ?? false;
    const plain = size === FONT_SIZE && !bold;
    let most = 1;
    for (let i = 0; i < row.values.length; i++) {
      const v = row.values[i];
      // Numbers are never wrapped.
      if (typeof v !== "string" || v === "") continue;
      const memo = memos[i];
      const lines = plain && memo ? linesIn(memo, v) : estimateLineCount(v, widths[i] ?? 10, size, bold);
      if (lines > most) most = lines;
    }
    return most;
  });
};

/**
 * Every row's height: the title's and subtitle's across the table (the subtitle never lower than
 * before), the header's and each data row's from their wrapped text. Excel and LibreOffice do not
 * grow a row for its wrapped text when they print: without a height, the lines run over the next row.
 */
const tableRowHeights = (spec: TableSpec, widths: readonly number[]): Record<number, number> => {
  const total = sumWidths(widths, 1, widths.length);
  const titleSize = TITLE.size ?? FONT_SIZE;
  const heights: Record<number, number> = {
    1: estimateHeightPt(estimateLineCount(spec.title, total, titleSize, true), titleSize),
    2: Math.max(SUBTITLE_MIN_HEIGHT, estimateHeightPt(estimateLineCount(spec.subtitle, total, FONT_SIZE), FONT_SIZE)),
    4: estimateHeightPt(Math.max(...spec.headers.map((h) => estimateLineCount(h.text, h.width, FONT_SIZE, true))), FONT_SIZE),
  };
  const most = tallestCells(spec.rows, widths);
  spec.rows.forEach((r, k) => {
    heights[5 + k] = estimateHeightPt(most[k] ?? 1, r.style?.size ?? FONT_SIZE);
  });
  return heights;
};

/** A titled table with its header repeated on every printed page: the shape of every output sheet. */
const buildTable = (spec: TableSpec): Layout => {
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const last = spec.headers.length;
  const widths = spec.headers.map((h) => h.width);
  cells.push({ row: 1, col: 1, value: spec.title, style: TITLE });
  cells.push({ row: 2, col: 1, value: spec.subtitle, style: SUBTITLE });
  merges.push({ top: 1, left: 1, bottom: 1, right: last }, { top: 2, left: 1, bottom: 2, right: last });
  spec.headers.forEach((h, i) => cells.push({ row: 4, col: i + 1, value: h.text, style: HEAD }));
  spec.rows.forEach((r, k) =>
    r.values.forEach((v, i) => cells.push({ row: 5 + k, col: i + 1, value: v, style: r.style ?? (typeof v === "number" ? NUM : BODY) })),
  );
  const rowHeights = tableRowHeights(spec, widths);
  const wide = sumWidths(widths, 1, last) > 100;
  return {
    sheetName: spec.sheetName,
    role: spec.role,
    font: { name: ADMIN_FONT.name, size: FONT_SIZE },
    columnWidths: widths,
    rowHeights,
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
    rows.push({ values: [c.units.length + i + 1, `${u.unit} (chưa gửi danh sách)`, 0, 0, ...kinds.map(() => 0), ...topics.map(() => 0), ""], style: { ...RED } }),
  );
  rows.push({ values: ["", "Tổng cộng", c.totals.rows, c.totals.validRows, ...kinds.map((k) => c.totals.byKind[k] ?? 0), ...topics.map((t) => c.totals.byTopic[t] ?? 0), ""], style: TOTAL });
  return buildTable({
    sheetName: "Tổng hợp",
    role: "consolidation-summary",
    title: `TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN — ${c.scope.toLocaleUpperCase("vi")}`,
    subtitle: subtitleOf(c, plan),
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
  return buildTable({
    sheetName: "Danh sách",
    role: "consolidation-list",
    title: "DANH SÁCH ĐỀ NGHỊ ĐÃ TỔNG HỢP",
    subtitle: subtitleOf(c, plan),
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
        ...(e.valid ? {} : { style: { ...BODY, color: "9C0006" } }),
      };
    }),
  });
};

/** "Chỉ tiêu": every quota at unit level and at the level above; unmet ones filled red. */
export const buildQuotaLayout = (c: Consolidation, plan: Plan): Layout =>
  buildTable({
    sheetName: "Chỉ tiêu",
    role: "consolidation-quotas",
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

/**
 * "Trùng lặp": the same person or collective in more than one place, each occurrence with its
 * source, and whether it counts (one unit's nominee sent through two sources counts once).
 */
export const buildDuplicatesLayout = (c: Consolidation, plan: Plan): Layout =>
  buildTable({
    sheetName: "Trùng lặp",
    role: "consolidation-duplicates",
    title: "ĐỀ NGHỊ TRÙNG LẶP",
    subtitle: subtitleOf(c, plan),
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
  buildTable({
    sheetName: "Tệp bỏ qua",
    role: "consolidation-skipped",
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
