import type { Nomination } from "../model";
import { SUBJECT_KINDS, type Named, type Plan, type SubjectKind } from "../plan/schema";
import { toMatchKey } from "../text/normalize";
import {
  buildAdminPrintSetup,
  buildColumnNumberRow,
  buildHeadingBlock,
  estimateHeightPt,
  estimateRowHeight,
  formatCount,
  LIST_REFERENCE,
  TABLE_FIRST_ROW,
  TABLE_FONT_SIZE,
  TABLE_STYLES,
} from "./headingBlock";
import { toRoman } from "./roman";
import { ADMIN_FONT, type Layout, type LayoutCell, type Merge } from "./types";

export interface ListEntry {
  /** The unit whose sheet the nomination came from. */
  unit: string;
  nomination: Nomination;
}

export interface ListAppendixOptions {
  groupBy: "unit" | "field";
  title?: string;
}

/** TT | tên | đối tượng | chức vụ, đơn vị | lĩnh vực | thành tích | ghi chú: about 126 units, landscape A4 at 100 %. */
export const LIST_APPENDIX_WIDTHS: readonly number[] = [5, 24, 11, 24, 18, 34, 10];

const HEADERS = ["TT", "Họ và tên / Tên tập thể", "Đối tượng", "Chức vụ, đơn vị", "Lĩnh vực / Phong trào", "Tóm tắt thành tích", "Ghi chú"];

export const KIND_LABELS: Readonly<Record<SubjectKind, string>> = {
  tap_the: "Tập thể",
  ca_nhan: "Cá nhân",
  ho_gia_dinh: "Hộ gia đình",
  mo_hinh: "Mô hình",
  doanh_nghiep: "Doanh nghiệp",
};

export const UNKNOWN_GROUP = "Chưa xác định";
const DEFAULT_TITLE = "DANH SÁCH GƯƠNG ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC GIỚI THIỆU";

interface Group {
  name: string;
  /** Position in the plan's list of fields/movements, so groups print in the plan's order. */
  rank: number;
  nominations: Nomination[];
}

const findNamed = (list: readonly Named[], id: string | undefined): { named: Named; index: number } | null => {
  if (id === undefined) return null;
  const index = list.findIndex((n) => n.id === id);
  const named = list[index];
  return named === undefined ? null : { named, index };
};

const nameField = (plan: Plan, n: Nomination): string => findNamed(plan.fields, n.field)?.named.name ?? n.fieldText?.trim() ?? "";
const nameMovement = (plan: Plan, n: Nomination): string => findNamed(plan.movements, n.movement)?.named.name ?? n.movementText?.trim() ?? "";

/**
 * The group of a nomination: its unit, or its field; plans that count by movement (Nhơn Hưng)
 * have no fields, so the movement stands in for it.
 */
const describeGroup = (plan: Plan, entry: ListEntry, groupBy: ListAppendixOptions["groupBy"]): { name: string; rank: number } => {
  const unknown = { name: UNKNOWN_GROUP, rank: Number.MAX_SAFE_INTEGER };
  if (groupBy === "unit") {
    const unit = entry.unit.trim();
    return unit === "" ? unknown : { name: unit, rank: 0 };
  }
  const n = entry.nomination;
  const field = findNamed(plan.fields, n.field);
  if (field) return { name: field.named.name, rank: field.index };
  if (n.fieldText?.trim()) return { name: n.fieldText.trim(), rank: plan.fields.length };
  const movement = findNamed(plan.movements, n.movement);
  if (movement) return { name: movement.named.name, rank: plan.fields.length + 1 + movement.index };
  if (n.movementText?.trim()) return { name: n.movementText.trim(), rank: plan.fields.length + plan.movements.length + 1 };
  return unknown;
};

/** Groups in the plan's order, then in the order first met; names compared without diacritics or case. */
export const groupListEntries = (plan: Plan, entries: readonly ListEntry[], groupBy: ListAppendixOptions["groupBy"]): Group[] => {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const { name, rank } = describeGroup(plan, entry, groupBy);
    const key = toMatchKey(name);
    const group = groups.get(key) ?? { name, rank, nominations: [] };
    group.nominations.push(entry.nomination);
    groups.set(key, group);
  }
  // Array.prototype.sort is stable: equal ranks keep the order first met.
  return [...groups.values()].sort((a, b) => a.rank - b.rank);
};

/** "02 cá nhân, 01 tập thể" in the order of the plan's kinds. */
export const describeKindCounts = (nominations: readonly Nomination[]): string => {
  const counts = new Map<SubjectKind | null, number>();
  for (const n of nominations) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const parts = SUBJECT_KINDS.filter((k) => counts.has(k)).map((k) => `${formatCount(counts.get(k) ?? 0)} ${KIND_LABELS[k].toLocaleLowerCase("vi")}`);
  const unknown = counts.get(null);
  if (unknown !== undefined) parts.push(`${formatCount(unknown)} chưa xác định đối tượng`);
  return parts.join(", ");
};

const describePositionAndUnit = (n: Nomination): string => {
  const position = n.position?.trim() ?? "";
  const unit = n.unit.trim();
  if (unit === "" || toMatchKey(position).includes(toMatchKey(unit))) return position;
  return position === "" ? unit : `${position}, ${unit}`;
};

const buildNominationCells = (plan: Plan, n: Nomination, index: number, row: number): LayoutCell[] => {
  const s = TABLE_STYLES;
  const fieldAndMovement = [nameField(plan, n), nameMovement(plan, n)].filter((x) => x !== "").join("; ");
  const values: [string | number, (typeof s)[keyof typeof s]][] = [
    [index, s.centered],
    [n.name.trim(), s.text],
    [n.kind === null ? n.kindText.trim() : KIND_LABELS[n.kind], s.centered],
    [describePositionAndUnit(n), s.text],
    [fieldAndMovement, s.text],
    [n.achievements?.trim() ?? "", s.text],
    [n.note?.trim() ?? "", s.centered],
  ];
  return values.map(([value, style], i) => ({ row, col: i + 1, value, style }));
};

/** "Cộng"/"Tổng cộng": the count under Đối tượng, the kinds spelled out across the rest. */
const buildTotalRow = (label: string, nominations: readonly Nomination[], row: number): { cells: LayoutCell[]; merge: Merge } => {
  const t = TABLE_STYLES.total;
  const cells: LayoutCell[] = [
    { row, col: 1, value: "", style: t },
    { row, col: 2, value: label, style: t },
    { row, col: 3, value: nominations.length, style: t },
    { row, col: 4, value: describeKindCounts(nominations), style: { ...TABLE_STYLES.text, bold: true } },
  ];
  for (let col = 5; col <= LIST_APPENDIX_WIDTHS.length; col += 1) cells.push({ row, col, value: "", style: t });
  return { cells, merge: { top: row, left: 4, bottom: row, right: LIST_APPENDIX_WIDTHS.length } };
};

/**
 * The consolidated nominees as an appendix: groups by unit or field with Roman-numeral rows,
 * TT restarting in each group, a "Cộng" row per group and "Tổng cộng" at the end.
 */
export const buildListAppendix = (plan: Plan, entries: readonly ListEntry[], options: ListAppendixOptions): Layout => {
  const widths = [...LIST_APPENDIX_WIDTHS];
  const last = widths.length;
  // The list goes with the level's own report or submission, not with the plan.
  const heading = buildHeadingBlock({ label: "PHỤ LỤC", title: options.title ?? DEFAULT_TITLE, reference: LIST_REFERENCE }, widths);
  const headerRow = TABLE_FIRST_ROW;
  const numberRow = headerRow + 1;
  const cells: LayoutCell[] = [...heading.cells];
  const merges: Merge[] = [...heading.merges];
  const rowHeights: Record<number, number> = { ...heading.rowHeights };
  const headerCells = HEADERS.map((value, i): LayoutCell => ({ row: headerRow, col: i + 1, value, style: TABLE_STYLES.header }));
  cells.push(...headerCells, ...buildColumnNumberRow(numberRow, last));
  rowHeights[headerRow] = estimateRowHeight(headerRow, headerCells, widths);
  rowHeights[numberRow] = estimateHeightPt(1, TABLE_FONT_SIZE);

  let row = numberRow + 1;
  const addRow = (rowCells: LayoutCell[], rowMerges: Merge[] = []): void => {
    cells.push(...rowCells);
    merges.push(...rowMerges);
    rowHeights[row] = estimateRowHeight(row, rowCells, widths, rowMerges);
    row += 1;
  };
  const groups = groupListEntries(plan, entries, options.groupBy);
  groups.forEach((group, g) => {
    const groupCells: LayoutCell[] = [
      { row, col: 1, value: toRoman(g + 1), style: TABLE_STYLES.groupLabel },
      { row, col: 2, value: group.name, style: TABLE_STYLES.groupName },
    ];
    for (let col = 3; col <= last; col += 1) groupCells.push({ row, col, value: "", style: TABLE_STYLES.groupName });
    addRow(groupCells, [{ top: row, left: 2, bottom: row, right: last }]);
    group.nominations.forEach((n, i) => addRow(buildNominationCells(plan, n, i + 1, row)));
    const total = buildTotalRow("Cộng", group.nominations, row);
    addRow(total.cells, [total.merge]);
  });
  const grand = buildTotalRow("Tổng cộng", entries.map((e) => e.nomination), row);
  addRow(grand.cells, [grand.merge]);

  return {
    sheetName: "Danh sách",
    role: "list-appendix",
    font: { ...ADMIN_FONT },
    columnWidths: widths,
    rowHeights,
    cells,
    merges,
    print: buildAdminPrintSetup({ from: headerRow, to: numberRow }),
    freezeRows: numberRow,
  };
};
