import { formatCitationStatus, formatPlanPeriod } from "../../messages/planMessages";
import { formatDate, toColumnLetter } from "../../read/grid";
import { describeCitationStatus, describePlanPeriod } from "../planStatus";
import type { Citation, Plan } from "../schema";
import { writeCell, type NameOf, type PlanCellValue } from "./planCells";
import {
  FACT_ROWS,
  FACTS_INTRO,
  FACTS_SHEET,
  FACTS_TITLE,
  FIRST_ITEM_ROW,
  PLAN_LIST_SHEETS,
  type CellKind,
  type PlanListSheet,
  type RefList,
} from "./planSheets";

/**
 * A plan as the cells of its workbook, with what the writer needs besides: notes, widths,
 * dropdowns. Pure: the xlsx adapter only paints it.
 */

/** A dropdown: a fixed list, or the names in a column of another sheet of the workbook. */
export type Dropdown = { values: string[] } | { sheet: string; column: string; from: number; to: number };

export interface PlanWorkbookColumn {
  header: string;
  note: string;
  width: number;
  /** For each item's cell of the column; none where a cell may hold several values. */
  dropdown?: Dropdown;
  /** Written as numbers; every other column is text, so that Excel never turns "01/02" into a date. */
  numeric: boolean;
  /** Worked out by the program: shown greyed, never read back. */
  derived: boolean;
}

export interface PlanWorkbookSheet {
  name: string;
  title: string;
  intro: string;
  /** "list": an item per row under the header; "facts": a label and its value on each row. */
  layout: "list" | "facts";
  columns: PlanWorkbookColumn[];
  /** The rows under the header (lists) or the label/value rows (facts). */
  rows: PlanCellValue[][];
  /** Facts only: the note and the dropdown of each row's value. */
  rowNotes?: string[];
  rowDropdowns?: (Dropdown | undefined)[];
  rowDerived?: boolean[];
}

/** Items a sheet's dropdowns reach down to: the rows an officer is likely to fill. */
export const DROPDOWN_ROWS = 300;

const YES_NO: Dropdown = { values: ["Có", "Không"] };

/** Where each list's names are, for the dropdowns of the sheets that name them. */
const REF_SOURCES: Readonly<Record<RefList, { sheet: string; column: string }>> = {
  levels: { sheet: "Cấp", column: "B" },
  unitKinds: { sheet: "Loại đơn vị", column: "B" },
  fields: { sheet: "Lĩnh vực", column: "B" },
  movements: { sheet: "Phong trào", column: "B" },
  metrics: { sheet: "Chỉ số", column: "B" },
  flags: { sheet: "Cột đánh dấu", column: "B" },
  quotas: { sheet: "Chỉ tiêu", column: "A" },
};

const dropdownOf = (cell: CellKind): Dropdown | undefined => {
  switch (cell.kind) {
    case "choice":
      return { values: cell.options.map(([, label]) => label) };
    case "yes-no":
      return YES_NO;
    case "ref":
      return cell.multi ? undefined : { ...REF_SOURCES[cell.list], from: FIRST_ITEM_ROW, to: FIRST_ITEM_ROW + DROPDOWN_ROWS - 1 };
    default:
      return undefined;
  }
};

const isNumeric = (cell: CellKind): boolean => cell.kind === "integer" || cell.kind === "number";

/** The value at a key path of an item (the item itself for an empty path). */
export const valueAt = (item: unknown, path: readonly string[]): unknown => {
  let at: unknown = item;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
};

/** Each list's names by id, so that references are written as the officer reads them. */
const makeNameOf = (plan: Plan): ((list: RefList) => NameOf) => {
  const lists: Record<Exclude<RefList, "quotas">, readonly { id: string; name: string }[]> = {
    levels: plan.levels,
    unitKinds: plan.unitKinds,
    fields: plan.fields,
    movements: plan.movements,
    metrics: plan.metrics,
    flags: plan.flags,
  };
  return (list) => (id) => (list === "quotas" ? id : (lists[list].find((x) => x.id === id)?.name ?? id));
};

const noName: NameOf = (id) => id;

const describeCitation = (c: Citation, today: Date): string => formatCitationStatus(describeCitationStatus(c, today));

const buildListSheet = (spec: PlanListSheet, plan: Plan, today: Date, nameOf: (list: RefList) => NameOf): PlanWorkbookSheet => {
  const items = (valueAt(plan, spec.list) as unknown[] | undefined) ?? [];
  const rows = items.map((item, i) =>
    spec.columns.map((col) => {
      if (col.cell.kind === "derived") {
        if (spec.list[0] === "legalBasis") return describeCitation(item as Citation, today);
        return col.path[0] === "order" ? i + 1 : null;
      }
      return writeCell(valueAt(item, col.path), col.cell, col.cell.kind === "ref" ? nameOf(col.cell.list) : noName);
    }),
  );
  return {
    name: spec.name,
    title: spec.title,
    intro: spec.intro,
    layout: "list",
    columns: spec.columns.map((col) => {
      const dropdown = dropdownOf(col.cell);
      return { header: col.header, note: col.note, width: col.width, numeric: isNumeric(col.cell) || col.path[0] === "order", derived: col.cell.kind === "derived", ...(dropdown ? { dropdown } : {}) };
    }),
    rows,
  };
};

const buildFactsSheet = (plan: Plan, today: Date, nameOf: (list: RefList) => NameOf): PlanWorkbookSheet => ({
  name: FACTS_SHEET,
  title: FACTS_TITLE,
  intro: FACTS_INTRO,
  layout: "facts",
  columns: [
    { header: "Mục", note: "Thông tin của kế hoạch; đưa chuột vào ô để xem cách ghi.", width: 26, numeric: false, derived: false },
    { header: "Nội dung", note: "Giá trị của thông tin ở cột A.", width: 90, numeric: false, derived: false },
  ],
  rows: FACT_ROWS.map((row) => [
    row.label,
    row.cell.kind === "derived"
      ? `${formatPlanPeriod(describePlanPeriod(plan, today))} (tính đến ngày ${formatDate(today)})`
      : writeCell(valueAt(plan, row.path), row.cell, row.cell.kind === "ref" ? nameOf(row.cell.list) : noName),
  ]),
  rowNotes: FACT_ROWS.map((row) => row.note),
  rowDropdowns: FACT_ROWS.map((row) => dropdownOf(row.cell)),
  rowDerived: FACT_ROWS.map((row) => row.cell.kind === "derived"),
});

/** Every sheet of the plan's workbook, facts first. `today` dates the derived statuses. */
export const buildPlanWorkbookSheets = (plan: Plan, today: Date): PlanWorkbookSheet[] => {
  const nameOf = makeNameOf(plan);
  return [buildFactsSheet(plan, today, nameOf), ...PLAN_LIST_SHEETS.map((spec) => buildListSheet(spec, plan, today, nameOf))];
};

/** The address of a list sheet's cell: its column (0-based) and the item (0-based). */
export const listCellAddress = (column: number, item: number): string => `${toColumnLetter(column)}${FIRST_ITEM_ROW + item}`;
