import type { Finding, Nomination, WorkbookValues } from "../model";
import type { Plan } from "../plan/schema";
import { ROW_CHECKS, checkDuplicates, checkMissingCriterionColumns } from "../checks";
import { formatFindingMessage, SKIP_REASONS } from "../messages/vi";
import { evaluateUnitQuotas } from "../quotas/evaluateUnitQuotas";
import { findYearInText, parseDmy } from "../read/parseValues";
import { readListSheet, type ReadList, type ReadRow } from "../read/readListSheet";
import type { RowCheck, RowCheckContext } from "../checks/context";
import { indexNominees } from "../checks/nomineeIndex";
import type { CheckOptions, CheckReport, NominationResult, SheetReport, SkippedSheet } from "./report";
import { resolveSheetUnit } from "./resolveSheetUnit";
import { detectOtherPlan, toOtherPlanFinding } from "./detectOtherPlan";
import { isInformationHeader } from "../read/mapColumns";
import { listSheetUnits } from "./listSheetUnits";
import { judgeUnit } from "../quotas/judgeUnit";

const findingOrder = (f: Finding): number => f.row ?? 0;

const mostCommonYear = (nominations: readonly Nomination[]): number | null => {
  // A list's dates are a few hundred texts on thousands of rows: each text's year is found once.
  const byText = new Map<string, number>();
  for (let i = 0; i < nominations.length; i++) {
    const date = (nominations[i] as Nomination).date;
    if (date) byText.set(date, (byText.get(date) ?? 0) + 1);
  }
  const counts = new Map<number, number>();
  for (const [date, count] of byText) {
    const y = findYearInText(date);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + count);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
};

/**
 * Each list ordered by row (as the row checks, hidden rows and duplicates make theirs), merged
 * into one: what a stable sort of them joined by row gives, ties in the order of the lists.
 */
const mergeByRow = (lists: readonly Finding[][]): Finding[] => {
  const isOrdered = (list: readonly Finding[]) => list.every((f, i) => i === 0 || findingOrder(list[i - 1] as Finding) <= findingOrder(f));
  if (!lists.every(isOrdered)) return lists.flat().sort((a, b) => findingOrder(a) - findingOrder(b));
  const out: Finding[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    let bestOrder = 0;
    for (let k = 0; k < lists.length; k++) {
      const f = lists[k]?.[at[k] ?? 0];
      if (f !== undefined && (best < 0 || findingOrder(f) < bestOrder)) {
        best = k;
        bestOrder = findingOrder(f);
      }
    }
    if (best < 0) return out;
    out.push(lists[best]?.[at[best] ?? 0] as Finding);
    at[best] = (at[best] ?? 0) + 1;
  }
};

/** Runs every row check on every item; each nomination takes its verdict (`valid`) in place. */
const checkRows = (list: ReadList, plan: Plan, sheet: string, period: { from: Date; to: Date }, year: number | null): Finding[] => {
  const findings: Finding[] = [];
  const items = list.items;
  if (items.length === 0) return findings;
  // One context for the sheet, pointed at each row in turn.
  const context: RowCheckContext = { item: items[0] as ReadRow, plan, sheet, columns: list.header.columns, period, year };
  // Index loops: the iterators of for…of are not always optimised away on this hot path.
  for (let r = 0; r < items.length; r++) {
    const item = items[r] as ReadRow;
    context.item = item;
    let valid = true;
    for (let k = 0; k < ROW_CHECKS.length; k++) {
      const found = (ROW_CHECKS[k] as RowCheck)(context);
      for (let i = 0; i < found.length; i++) {
        const f = found[i] as Finding;
        findings.push(f);
        if (f.severity === "error") valid = false;
      }
    }
    (item.nomination as NominationResult).valid = valid;
  }
  return findings;
};

/** A notice when the plan's unit quotas cannot reach the sheet's unit: its kind unknown, or no quota for its kind. */
const judgeSheetUnit = (plan: Plan, unit: { name: string; kind: string | null; staff: number | null }, sheet: string): Finding[] => {
  const notice = judgeUnit(plan, unit);
  if (notice === null) return [];
  if (notice.code === "unit/no-quota") return [{ code: notice.code, severity: "warning", sheet, actual: notice.unit, expected: notice.kind }];
  const [generic] = notice.genericQuotas;
  return [{ code: notice.code, severity: "warning", sheet, actual: notice.unit, ...(generic !== undefined ? { ruleId: generic } : {}) }];
};

const checkListSheet = (list: ReadList, sheetName: string, workbook: WorkbookValues, plan: Plan, options: CheckOptions, listCount: number, hiddenRows: readonly number[] = []): SheetReport => {
  const { header } = list;
  const unitLetter = header.columns.fields.unit;
  const unitColumnValues = unitLetter ? list.items.map((i) => i.nomination.unit) : [];
  const unit = resolveSheetUnit({
    option: options.unit,
    rows: list.rows,
    headerRow: header.headerRow,
    unitColumnValues,
    file: workbook.file,
    sheet: sheetName,
    preferSheetName: listCount > 1,
    plan,
    registry: options.units ?? [],
  });
  const from = parseDmy(plan.period.from) ?? new Date(0);
  const to = parseDmy(plan.period.to) ?? new Date(8.64e15);
  // The list was read for this report alone: its nominations become the report's, the sheet's unit
  // filled in where the row names none, and each takes its verdict in place (no copy of any row).
  const nominations = list.items.map((i) => {
    if (!i.nomination.unit) i.nomination.unit = unit.name;
    return i.nomination;
  });
  const year = options.year ?? list.titleYear ?? mostCommonYear(nominations);
  const otherPlan = detectOtherPlan(list, nominations, plan);
  // A list of another plan's movements is said to be so once, not by a warning on every row.
  const allRowFindings = checkRows(list, plan, sheetName, { from, to }, year);
  const rowFindings = otherPlan?.reason === "names" ? allRowFindings.filter((f) => f.code !== "cell/unknown-field" && f.code !== "cell/unknown-movement") : allRowFindings;
  const results = nominations as NominationResult[];
  const names = indexNominees(nominations, list.nameKeys);
  const duplicateFindings = checkDuplicates(nominations, sheetName, header.columns, names);
  // A row hidden in Excel is still the unit's nomination: read and counted, and said to be hidden.
  const hidden = new Set(hiddenRows);
  const hiddenFindings: Finding[] = hidden.size === 0 ? [] : nominations.filter((n) => hidden.has(n.row)).map((n) => ({ code: "row/hidden", severity: "warning", sheet: sheetName, row: n.row }));
  const quotas = evaluateUnitQuotas(plan, { name: unit.name, kind: unit.kind, staff: unit.staff }, results, year, names);
  const quotaFindings: Finding[] = quotas
    .filter((q, i) => q.missing !== undefined && quotas.findIndex((o) => o.ruleId === q.ruleId) === i && q.missing.startsWith("số CBCCVC"))
    .map((q) => ({ code: "quota/unknown-staff", severity: "warning", sheet: sheetName, ruleId: q.text, expected: q.missing ?? "" }));
  const sheetFindings = checkMissingCriterionColumns(nominations, plan, sheetName, header.columns);
  const unitFindings = judgeSheetUnit(plan, unit, sheetName);
  const findings = [...(otherPlan ? [toOtherPlanFinding(otherPlan, sheetName)] : []), ...sheetFindings, ...unitFindings, ...quotaFindings, ...mergeByRow([rowFindings, hiddenFindings, duplicateFindings])];
  const messageContext = { plan };
  let validRows = 0;
  for (const n of results) if (n.valid) validRows++;
  return {
    sheet: sheetName,
    unit: unit.name,
    unitSource: unit.source,
    unitKind: unit.kind,
    units: listSheetUnits(list.items, unit, plan, options.units ?? []),
    headerRow: header.headerRow + 1,
    headerRowEnd: header.headerRowEnd + 1,
    firstDataRow: header.firstDataRow + 1,
    lastDataRow: list.lastDataRow + 1,
    year,
    encoding: list.encoding,
    rows: results.length,
    validRows,
    columns: header.columns,
    // A column of what the plan asks each nomination to tell is known, kept as it is, not checked.
    unmappedColumns: plan.information.length > 0 ? header.unmapped.filter((u) => !isInformationHeader(u.header, plan)) : header.unmapped,
    nominations: results,
    // Every finding was made just now for this report: it takes its message in place.
    findings: findings.map((f) => {
      const withMessage = f as Finding & { message: string };
      withMessage.message = formatFindingMessage(f, messageContext);
      return withMessage;
    }),
    quotas,
  };
};

/**
 * Checks every sheet of a workbook that holds a nomination list against the plan; other
 * sheets are skipped with the reason. Bad data never throws: it becomes findings.
 */
export const checkWorkbook = (workbook: WorkbookValues, plan: Plan, options: CheckOptions = {}): CheckReport => {
  const skippedSheets: SkippedSheet[] = [];
  const lists: { name: string; list: ReadList; hiddenRows?: number[] }[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.hidden) {
      skippedSheets.push({ sheet: sheet.name, reason: SKIP_REASONS.hidden });
      continue;
    }
    const read = readListSheet(sheet, plan, options.units ? { units: options.units } : {});
    if (read.type === "list") lists.push({ name: sheet.name, list: read, ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}) });
    else skippedSheets.push({ sheet: sheet.name, reason: SKIP_REASONS[read.reason] });
  }
  const sheets = lists.map(({ name, list, hiddenRows }) => checkListSheet(list, name, workbook, plan, options, lists.length, hiddenRows));
  const all = sheets.flatMap((s) => s.findings);
  return {
    file: workbook.file,
    plan: plan.id,
    sheets,
    skippedSheets,
    summary: {
      rows: sheets.reduce((a, s) => a + s.rows, 0),
      validRows: sheets.reduce((a, s) => a + s.validRows, 0),
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      quotasUnmet: sheets.reduce((a, s) => a + s.quotas.filter((q) => q.met === false).length, 0),
    },
  };
};
