import type { Finding, Nomination, WorkbookValues } from "../model";
import type { Plan } from "../plan/schema";
import { ROW_CHECKS, checkDuplicates, checkMissingCriterionColumns } from "../checks";
import { formatFindingMessage, SKIP_REASONS } from "../messages/vi";
import { evaluateUnitQuotas } from "../quotas/evaluateUnitQuotas";
import { findYearInText, parseDmy } from "../read/parseValues";
import { readListSheet, type ReadList } from "../read/readListSheet";
import type { CheckOptions, CheckReport, SheetReport, SkippedSheet } from "./report";
import { resolveSheetUnit } from "./resolveSheetUnit";

const findingOrder = (f: Finding): number => f.row ?? 0;

const mostCommonYear = (nominations: readonly Nomination[]): number | null => {
  const counts = new Map<number, number>();
  for (const n of nominations) {
    const y = n.date ? findYearInText(n.date) : null;
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
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
  const nominations = list.items.map((i) => ({ ...i.nomination, unit: i.nomination.unit || unit.name }));
  const year = options.year ?? list.titleYear ?? mostCommonYear(nominations);
  const period = { from, to };
  const rowFindings: Finding[] = [];
  list.items.forEach((item, k) => {
    const context = { item: { ...item, nomination: nominations[k] ?? item.nomination }, plan, sheet: sheetName, columns: header.columns, period, year };
    for (const check of ROW_CHECKS) for (const f of check(context)) rowFindings.push(f);
  });
  const duplicateFindings = checkDuplicates(nominations, sheetName, header.columns);
  // A row hidden in Excel is still the unit's nomination: read and counted, and said to be hidden.
  const hidden = new Set(hiddenRows);
  const hiddenFindings: Finding[] = nominations.filter((n) => hidden.has(n.row)).map((n) => ({ code: "row/hidden", severity: "warning", sheet: sheetName, row: n.row }));
  const errorRows = new Set(rowFindings.filter((f) => f.severity === "error").map((f) => f.row));
  // The copies made above take their verdict in place: a second copy of every row costs more than all the checks.
  const results = nominations.map((n) => {
    const result = n as Nomination & { valid: boolean };
    result.valid = !errorRows.has(n.row);
    return result;
  });
  const quotas = evaluateUnitQuotas(plan, { name: unit.name, kind: unit.kind, staff: unit.staff }, results, year);
  const quotaFindings: Finding[] = quotas
    .filter((q, i) => q.missing !== undefined && quotas.findIndex((o) => o.ruleId === q.ruleId) === i && q.missing.startsWith("số CBCCVC"))
    .map((q) => ({ code: "quota/unknown-staff", severity: "warning", sheet: sheetName, ruleId: q.text, expected: q.missing ?? "" }));
  const sheetFindings = checkMissingCriterionColumns(nominations, plan, sheetName, header.columns);
  const findings = [...sheetFindings, ...quotaFindings, ...[...rowFindings, ...hiddenFindings, ...duplicateFindings].sort((a, b) => findingOrder(a) - findingOrder(b))];
  return {
    sheet: sheetName,
    unit: unit.name,
    unitSource: unit.source,
    unitKind: unit.kind,
    headerRow: header.headerRow + 1,
    headerRowEnd: header.headerRowEnd + 1,
    firstDataRow: header.firstDataRow + 1,
    lastDataRow: list.lastDataRow + 1,
    year,
    encoding: list.encoding,
    rows: results.length,
    validRows: results.filter((n) => n.valid).length,
    columns: header.columns,
    unmappedColumns: header.unmapped,
    nominations: results,
    // Every finding was made just now for this report: it takes its message in place.
    findings: findings.map((f) => {
      const withMessage = f as Finding & { message: string };
      withMessage.message = formatFindingMessage(f, { plan });
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
    const read = readListSheet(sheet, plan);
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
