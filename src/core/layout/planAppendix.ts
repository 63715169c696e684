import type { QuotaResult } from "../model";
import type { AppendixRow, Plan } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import {
  buildAdminPrintSetup,
  buildColumnNumberRow,
  buildHeadingBlock,
  estimateHeightPt,
  estimateLineCount,
  estimateRowHeight,
  formatCount,
  formatPlanReference,
  TABLE_FIRST_ROW,
  TABLE_FONT_SIZE,
  TABLE_STYLES,
} from "./headingBlock";
import { buildPlanExtract } from "./planExtract";
import { ADMIN_FONT, type CellStyle, type Layout, type LayoutCell, type Merge } from "./types";

/**
 * TT | chủ trì | phối hợp | nội dung | số lượng | tiến độ: nội dung, giới thiệu | ghi chú.
 * The widths add up to 130 character units (7 px each), what landscape A4 holds at 100 % within
 * the margins of Nghị định 30 (297 − 30 − 15 = 252 mm), so "fit to one page wide" does not have to shrink the 12 pt text.
 */
export const PLAN_APPENDIX_WIDTHS: readonly number[] = [5, 16, 16, 33, 26, 12, 12, 10];
/**
 * Plans that name no number to introduce (Nhơn Hưng's movements) leave column 5 empty: its width
 * goes to the host, the coordinators and the content, which are long there.
 */
export const PLAN_APPENDIX_WIDTHS_WITHOUT_NUMBERS: readonly number[] = [5, 18, 21, 40, 12, 12, 12, 10];

const HEADER_TOP = TABLE_FIRST_ROW;
const HEADER_BOTTOM = TABLE_FIRST_ROW + 1;
const NUMBER_ROW = TABLE_FIRST_ROW + 2;
const FIRST_DATA_ROW = TABLE_FIRST_ROW + 3;

/** Header cells that span both header rows, by column. */
const TALL_HEADERS: readonly (readonly [number, string])[] = [
  [1, "TT"],
  [2, "Đơn vị chủ trì thực hiện"],
  [3, "Đơn vị phối hợp"],
  [4, "Nội dung"],
  [5, "Số lượng gương điển hình tiên tiến giới thiệu"],
  [8, "Ghi chú"],
];

/** What the number column and the note say about a row once the quota results are known. */
interface RowStatus {
  lines: string[];
  marked: boolean;
  notes: string[];
  quotaText: string;
}

const describeRequired = (r: QuotaResult): string => {
  if (r.required === null) return "chưa xác định";
  return r.max !== undefined && r.max !== r.required ? `${formatCount(r.required)}–${formatCount(r.max)}` : formatCount(r.required);
};

const describeResultLine = (r: QuotaResult, label: string): string =>
  `${label}Yêu cầu: ${describeRequired(r)} – Thực hiện: ${formatCount(r.actual)}`;

const describeShortfall = (r: QuotaResult): string | null => {
  if (r.met === null) return `chưa xác định được yêu cầu${r.missing ? ` (${r.missing})` : ""}`;
  if (r.met) return null;
  if (r.shortfall > 0) return `còn thiếu ${formatCount(r.shortfall)}`;
  if (r.excess > 0) return `vượt mức tối đa ${formatCount(r.excess)}`;
  return "chưa đạt";
};

const capitalizeFirst = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

/**
 * Results of the row's quota; when the quota is counted for each unit, the ones of the row's host
 * ("Đề nghị Ban Tuyên giáo Quận ủy" holds the scope "Ban Tuyên giáo Quận ủy").
 */
export const findRowResults = (row: AppendixRow, results: readonly QuotaResult[]): QuotaResult[] => {
  if (row.quotaId === undefined) return [];
  const own = results.filter((r) => r.ruleId === row.quotaId);
  const hostKey = toMatchKey(row.host);
  const ofHost = own.filter((r) => {
    const scopeKey = toMatchKey(r.scope);
    return scopeKey !== "" && (hostKey.includes(scopeKey) || scopeKey.includes(hostKey));
  });
  return ofHost.length > 0 ? ofHost : own;
};

const describeRowStatus = (found: readonly QuotaResult[]): RowStatus | null => {
  const first = found[0];
  if (first === undefined) return null;
  const labelOf = (r: QuotaResult): string => {
    const parts = [r.period, r.group ?? ""].filter((p) => p.trim() !== "");
    return found.length > 1 && parts.length > 0 ? `${parts.join(", ")}: ` : "";
  };
  const lines = found.map((r) => describeResultLine(r, labelOf(r)));
  const problems = found.flatMap((r) => {
    const problem = describeShortfall(r);
    return problem === null ? [] : [`${labelOf(r)}${capitalizeFirst(problem)}`];
  });
  return {
    lines,
    marked: found.some((r) => r.met === false),
    notes: problems,
    quotaText: first.text,
  };
};

const describeIntroduce = (row: AppendixRow): string =>
  row.introduce.trim() !== "" ? row.introduce.trim() : row.introduceCount !== undefined ? formatCount(row.introduceCount) : "";

const joinLines = (parts: readonly string[]): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join("\n");

const buildHeaderBlock = (): { cells: LayoutCell[]; merges: Merge[] } => {
  const h = TABLE_STYLES.header;
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  for (const [col, text] of TALL_HEADERS) {
    cells.push({ row: HEADER_TOP, col, value: text, style: h });
    merges.push({ top: HEADER_TOP, left: col, bottom: HEADER_BOTTOM, right: col });
  }
  cells.push({ row: HEADER_TOP, col: 6, value: "Tiến độ thực hiện", style: h });
  merges.push({ top: HEADER_TOP, left: 6, bottom: HEADER_TOP, right: 7 });
  cells.push({ row: HEADER_BOTTOM, col: 6, value: "Nội dung", style: h });
  cells.push({ row: HEADER_BOTTOM, col: 7, value: "Giới thiệu điển hình tiên tiến", style: h });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { cells, merges };
};

/** Heights of the two header rows: the second grows until the two-row cells fit. */
const estimateHeaderHeights = (cells: readonly LayoutCell[], merges: readonly Merge[], widths: readonly number[]): [number, number] => {
  const top = estimateRowHeight(HEADER_TOP, cells, widths, merges);
  let bottom = estimateRowHeight(HEADER_BOTTOM, cells, widths, merges);
  for (const [col, text] of TALL_HEADERS) {
    const need = estimateHeightPt(estimateLineCount(text, widths[col - 1] ?? 10, TABLE_FONT_SIZE, true), TABLE_FONT_SIZE);
    bottom = Math.max(bottom, need - top);
  }
  return [top, bottom];
};

const buildDataRow = (row: AppendixRow, index: number, sheetRow: number, status: RowStatus | null): { cells: LayoutCell[]; merges: Merge[] } => {
  const s = TABLE_STYLES;
  const at = (col: number, value: string | number, style: CellStyle, note?: string): LayoutCell =>
    note === undefined ? { row: sheetRow, col, value, style } : { row: sheetRow, col, value, style, note };
  const introduce = joinLines([describeIntroduce(row), ...(status?.lines ?? [])]);
  const note = joinLines([row.note, ...(status?.notes ?? [])]);
  const marked = status?.marked === true;
  const cells: LayoutCell[] = [
    at(1, index, s.centered),
    at(2, row.host.trim(), s.centered),
    at(3, joinLines(row.coordinators), s.centered),
    at(4, row.content.trim(), s.text),
    marked ? at(5, introduce, s.shortfall, `Chỉ tiêu: ${status?.quotaText ?? ""}`) : at(5, introduce, s.text),
  ];
  const merges: Merge[] = [];
  const window = row.timeWindow?.trim() ?? "";
  if (window !== "" && row.contentDeadline.trim() === "" && row.introduceDeadline.trim() === "") {
    // A movement runs over a window, not to two deadlines: one cell across both progress columns.
    cells.push(at(6, window, s.centered), at(7, "", s.centered));
    merges.push({ top: sheetRow, left: 6, bottom: sheetRow, right: 7 });
  } else {
    cells.push(at(6, joinLines([window, row.contentDeadline]), s.centered), at(7, row.introduceDeadline.trim(), s.centered));
  }
  cells.push(at(8, note, status !== null && status.notes.length > 0 ? s.shortfallNote : s.centered));
  return { cells, merges };
};

/**
 * The plan's PHỤ LỤC (as in the Long Biên plan): the heading block, a two-row header, the row of
 * column numbers and one row per appendix row. With `results`, the number column also says what
 * was required and done for rows tied to a quota, and rows that fall short are marked. A plan
 * whose table is a section of its own text (`appendix.kind` "extract") prints that extract instead.
 */
export const buildPlanAppendix = (plan: Plan, results?: readonly QuotaResult[]): Layout => {
  if (plan.appendix?.kind === "extract") return buildPlanExtract(plan);
  const rows = plan.appendix?.rows ?? [];
  const numbered = results !== undefined || rows.some((r) => describeIntroduce(r) !== "");
  const widths = [...(numbered ? PLAN_APPENDIX_WIDTHS : PLAN_APPENDIX_WIDTHS_WITHOUT_NUMBERS)];
  const heading = buildHeadingBlock({ label: "PHỤ LỤC", title: plan.appendix?.title ?? plan.title, reference: formatPlanReference(plan) }, widths);
  const header = buildHeaderBlock();
  const cells: LayoutCell[] = [...heading.cells, ...header.cells, ...buildColumnNumberRow(NUMBER_ROW, widths.length)];
  const merges: Merge[] = [...heading.merges, ...header.merges];
  const [topHeight, bottomHeight] = estimateHeaderHeights(header.cells, header.merges, widths);
  const rowHeights: Record<number, number> = { ...heading.rowHeights, [HEADER_TOP]: topHeight, [HEADER_BOTTOM]: bottomHeight };
  rowHeights[NUMBER_ROW] = estimateHeightPt(1, TABLE_FONT_SIZE);
  rows.forEach((row, i) => {
    const sheetRow = FIRST_DATA_ROW + i;
    const status = results === undefined ? null : describeRowStatus(findRowResults(row, results));
    const data = buildDataRow(row, i + 1, sheetRow, status);
    cells.push(...data.cells);
    merges.push(...data.merges);
    rowHeights[sheetRow] = estimateRowHeight(sheetRow, data.cells, widths, data.merges);
  });
  return {
    sheetName: "Phụ lục",
    role: "plan-appendix",
    font: { ...ADMIN_FONT },
    columnWidths: widths,
    rowHeights,
    cells,
    merges,
    print: buildAdminPrintSetup({ from: HEADER_TOP, to: NUMBER_ROW }),
    freezeRows: NUMBER_ROW,
  };
};
