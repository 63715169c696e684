import type { AppendixRow, Criterion, Plan } from "../plan/schema";
import { SUBJECT_KIND_LABELS } from "../read/parseValues";
import {
  buildAdminPrintSetup,
  buildColumnNumberRow,
  buildHeadingBlock,
  estimateHeightPt,
  estimateLineCount,
  estimateRowHeight,
  formatExtractReference,
  sumWidths,
  TABLE_FIRST_ROW,
  TABLE_FONT_SIZE,
  TABLE_STYLES,
} from "./headingBlock";
import { ADMIN_FONT, type CellStyle, type Layout, type LayoutCell, type Merge } from "./types";

/**
 * A section of a plan that has no appendix, printed as a table of its own (Nhơn Hưng's III.3): its
 * own title, "(Trích mục III.3 Kế hoạch số …)" rather than "PHỤ LỤC … Kèm theo Kế hoạch", and its
 * own columns — the movement, who carries it out (Thực hiện), who coordinates (Phối hợp), when, and
 * the standards, one row per standard with the movement's cells merged over them.
 */

/** TT | phong trào | thực hiện | phối hợp | thời gian | tiêu chuẩn: 130 units, landscape A4 at 100 %. */
export const PLAN_EXTRACT_WIDTHS: readonly number[] = [5, 22, 24, 17, 12, 50];

const HEADERS = ["TT", "Phong trào", "Thực hiện", "Phối hợp", "Thời gian thực hiện", "Tiêu chuẩn"];
const HEADER_ROW = TABLE_FIRST_ROW;
const NUMBER_ROW = TABLE_FIRST_ROW + 1;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** A movement's cells span its standards' rows, which may run over a page: their text sits at the top. */
const TOP_TEXT: CellStyle = { ...TABLE_STYLES.text, vertical: "top" };
const TOP_CENTERED: CellStyle = { ...TABLE_STYLES.centered, vertical: "top" };
/** Excel's tallest row. */
const MAX_ROW_HEIGHT_PT = 409;

/** "Cá nhân, hộ gia đình" from ["ca_nhan", "ho_gia_dinh"]. */
const describeKinds = (c: Criterion): string => {
  const labels = (c.appliesTo.kinds ?? []).map((k, i) => (i === 0 ? SUBJECT_KIND_LABELS[k] : SUBJECT_KIND_LABELS[k].toLocaleLowerCase("vi")));
  return labels.join(", ");
};

/** The standards of the row's movement, as the plan sets them out: "a) Tập thể: …", "b) Cá nhân: …". */
export const listStandards = (plan: Plan, row: AppendixRow): string[] => {
  if (row.movement === undefined) return [];
  const criteria = plan.criteria.filter((c) => c.appliesTo.movements?.includes(row.movement ?? "") ?? false);
  return criteria.map((c, i) => {
    const kinds = describeKinds(c);
    const lead = criteria.length > 1 ? `${LETTERS[i] ?? String(i + 1)}) ` : "";
    return `${lead}${kinds ? `${kinds}: ` : ""}${c.text.trim()}`;
  });
};

export const buildPlanExtract = (plan: Plan): Layout => {
  const widths = [...PLAN_EXTRACT_WIDTHS];
  const last = widths.length;
  const appendix = plan.appendix;
  const heading = buildHeadingBlock({ label: null, title: (appendix?.title ?? plan.title).toLocaleUpperCase("vi"), reference: formatExtractReference(plan, appendix?.section) }, widths);
  const cells: LayoutCell[] = [...heading.cells];
  const merges: Merge[] = [...heading.merges];
  const rowHeights: Record<number, number> = { ...heading.rowHeights };
  const headerCells = HEADERS.map((value, i): LayoutCell => ({ row: HEADER_ROW, col: i + 1, value, style: TABLE_STYLES.header }));
  cells.push(...headerCells, ...buildColumnNumberRow(NUMBER_ROW, last));
  rowHeights[HEADER_ROW] = estimateRowHeight(HEADER_ROW, headerCells, widths);
  rowHeights[NUMBER_ROW] = estimateHeightPt(1, TABLE_FONT_SIZE);
  let sheetRow = NUMBER_ROW + 1;
  (appendix?.rows ?? []).forEach((row, i) => {
    const standards = listStandards(plan, row);
    const span = Math.max(1, standards.length);
    const top = sheetRow;
    const fixed: [number, string | number, CellStyle][] = [
      [1, i + 1, TOP_CENTERED],
      [2, row.content.trim(), TOP_TEXT],
      [3, row.host.trim(), TOP_TEXT],
      [4, row.coordinators.map((c) => c.trim()).join("\n"), TOP_TEXT],
      [5, [row.timeWindow?.trim() ?? "", row.note.trim()].filter((t) => t !== "").join("\n"), TOP_CENTERED],
    ];
    for (let k = 0; k < span; k++) {
      const r = top + k;
      const rowCells: LayoutCell[] = fixed.map(([col, value, style]) => ({ row: r, col, value: k === 0 ? value : "", style }));
      rowCells.push({ row: r, col: last, value: standards[k] ?? "", style: TOP_TEXT });
      cells.push(...rowCells);
      rowHeights[r] = estimateRowHeight(r, rowCells.filter((c) => c.col === last || span === 1), widths);
    }
    if (span > 1) {
      for (const [col] of fixed) merges.push({ top, left: col, bottom: top + span - 1, right: col });
      // A merged cell's text must fit the rows it spans: the last row grows when the standards are short.
      const need = Math.max(...fixed.map(([col, value]) => (typeof value === "string" && value !== "" ? estimateHeightPt(estimateLineCount(value, sumWidths(widths, col, col), TABLE_FONT_SIZE), TABLE_FONT_SIZE) : 0)));
      let have = 0;
      for (let k = 0; k < span; k++) have += rowHeights[top + k] ?? 0;
      if (need > have) rowHeights[top + span - 1] = Math.min(MAX_ROW_HEIGHT_PT, (rowHeights[top + span - 1] ?? 0) + (need - have));
    }
    sheetRow += span;
  });
  return {
    sheetName: "Trích kế hoạch",
    role: "plan-appendix",
    font: { ...ADMIN_FONT },
    columnWidths: widths,
    rowHeights,
    cells,
    merges,
    print: buildAdminPrintSetup({ from: HEADER_ROW, to: NUMBER_ROW }),
    freezeRows: NUMBER_ROW,
  };
};
