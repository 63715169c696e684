import type { ColumnMap } from "../check/report";
import type { Finding, FindingCode, NominationField, Severity } from "../model";
import type { Criterion, Plan } from "../plan/schema";
import type { ReadRow } from "../read/readListSheet";
import type { Nomination } from "../model";
import { toMatchKey } from "../text/normalize";

/** What a row check sees: the row as read, the plan, where the columns are. */
export interface RowCheckContext {
  item: ReadRow;
  plan: Plan;
  sheet: string;
  columns: ColumnMap;
  period: { from: Date; to: Date };
  /** The list's reporting year ("NĂM 2024" in the title, or the user's), for yearly deadlines. */
  year?: number | null;
}

export type RowCheck = (ctx: RowCheckContext) => Finding[];

/**
 * What a check returns for a row it finds nothing wrong with (most rows): one shared empty list,
 * frozen, instead of a new array per row and check.
 */
export const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Builds a finding that points at a cell of the row (or at the row when the column is unknown). */
export const makeRowFinding = (
  ctx: RowCheckContext,
  code: FindingCode,
  severity: Severity,
  column: string | undefined,
  extra: Pick<Finding, "ruleId" | "expected" | "actual"> = {},
): Finding => {
  const row = ctx.item.nomination.row;
  const f: Finding = { code, severity, sheet: ctx.sheet, row };
  if (column) {
    f.column = column;
    f.cell = `${column}${row}`;
  }
  if (extra.ruleId !== undefined) f.ruleId = extra.ruleId;
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.actual !== undefined) f.actual = extra.actual;
  return f;
};

export const columnOf = (ctx: RowCheckContext, field: NominationField): string | undefined => ctx.columns.fields[field];

/** Whether a position ("Trưởng phòng Nội vụ") names one of `words` ("trưởng phòng") as whole words. */
const namesPosition = (position: string | undefined, words: readonly string[]): boolean => {
  if (position === undefined || position.trim() === "") return false;
  const key = ` ${toMatchKey(position)} `;
  return words.some((w) => key.includes(` ${toMatchKey(w)} `));
};

/** Whether a criterion applies to a nomination, by its kind, field, movement and position. */
export const doesCriterionApply = (c: Criterion, n: Nomination): boolean => {
  const a = c.appliesTo;
  if (a.kinds && (n.kind === null || !a.kinds.includes(n.kind))) return false;
  if (a.fields && (n.field === undefined || !a.fields.includes(n.field))) return false;
  if (a.movements && (n.movement === undefined || !a.movements.includes(n.movement))) return false;
  if (a.positions && !namesPosition(n.position, a.positions)) return false;
  return true;
};
