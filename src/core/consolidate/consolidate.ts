import type { CheckReport, SheetUnit, UnitInfo, UnitSource } from "../check/report";
import { judgeUnit } from "../quotas/judgeUnit";
import type { Plan, SubjectKind } from "../plan/schema";
import { evaluatePlanQuotas, evaluateUnitQuotas } from "../quotas/evaluateUnitQuotas";
import { toMatchKey } from "../text/normalize";
import { resolveUnitKind } from "../units/resolveUnitKind";
import { describePlanScope } from "../plan/describePlanScope";

export { describePlanScope };
import type { Consolidation, ConsolidatedEntry, DuplicateGroup, KindCounts, SkippedInput, UnitTotals } from "./types";

export const NO_TOPIC = "Chưa xác định";

/** The entries of checked workbooks: every nomination with its source and findings. */
export const collectEntries = (reports: readonly CheckReport[]): ConsolidatedEntry[] =>
  reports.flatMap((report) =>
    report.sheets.flatMap((sheet) => {
      const messagesByRow = new Map<number, string[]>();
      for (const f of sheet.findings) {
        if (f.row === undefined) continue;
        const messages = messagesByRow.get(f.row);
        if (messages) messages.push(f.message);
        else messagesByRow.set(f.row, [f.message]);
      }
      const units = new Map<string, SheetUnit>(sheet.units.map((u) => [u.name, u]));
      return sheet.nominations.map(({ valid, ...nomination }) => ({
        file: nomination.sourceFile ?? report.file,
        sheet: nomination.sourceSheet ?? sheet.sheet,
        row: nomination.sourceRow ?? nomination.row,
        unit: nomination.unit || sheet.unit,
        unitKind: units.get(nomination.unit)?.kind ?? (nomination.unit && nomination.unit !== sheet.unit ? null : sheet.unitKind),
        unitSource: units.get(nomination.unit)?.source ?? sheet.unitSource,
        nomination,
        valid,
        findings: messagesByRow.get(nomination.row) ?? [],
      }));
    }),
  );

/** Skipped files and sheets of checked workbooks, as the "Tệp bỏ qua" sheet lists them. */
export const collectSkipped = (reports: readonly CheckReport[]): SkippedInput[] =>
  reports.flatMap((r) => r.skippedSheets.map((s) => ({ file: r.file, sheet: s.sheet, reason: s.reason })));

const emptyKindCounts = (plan: Plan): KindCounts => {
  const counts: KindCounts = { ca_nhan: 0, tap_the: 0, ho_gia_dinh: 0 };
  for (const k of plan.subjectKinds) counts[k] = 0;
  return counts;
};

const topicOf = (e: ConsolidatedEntry, plan: Plan): string => {
  const n = e.nomination;
  return (n.movement && plan.movements.find((m) => m.id === n.movement)?.name) || (n.field && plan.fields.find((f) => f.id === n.field)?.name) || NO_TOPIC;
};

const addCounts = (into: KindCounts & Record<string, number>, topics: Record<string, number>, e: ConsolidatedEntry, plan: Plan) => {
  if (!e.valid) return;
  if (e.nomination.kind !== null) into[e.nomination.kind as SubjectKind] = (into[e.nomination.kind] ?? 0) + 1;
  const topic = topicOf(e, plan);
  topics[topic] = (topics[topic] ?? 0) + 1;
};

const compareVi = new Intl.Collator("vi").compare;

/** Each distinct text's place in Vietnamese order, texts the collator holds equal sharing one. */
const rankTexts = (texts: Iterable<string>): Map<string, number> => {
  const distinct = [...new Set(texts)].sort(compareVi);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((t, i) => {
    const previous = distinct[i - 1];
    if (previous !== undefined && compareVi(previous, t) !== 0) rank++;
    ranks.set(t, rank);
  });
  return ranks;
};

/**
 * A total order (down to the name and kind) so that the result never depends on input order.
 * Units, files and sheets are few and repeated on every row: each is ranked once, and rows are
 * compared by those ranks rather than by the collator (200,000 rows of a country's communes).
 */
const sortEntries = (entries: readonly ConsolidatedEntry[]): ConsolidatedEntry[] => {
  const units = rankTexts(entries.map((e) => e.unit));
  const files = rankTexts(entries.map((e) => e.file));
  const sheets = rankTexts(entries.map((e) => e.sheet));
  const keyed = entries.map((e) => ({ e, unit: units.get(e.unit) ?? 0, file: files.get(e.file) ?? 0, sheet: sheets.get(e.sheet) ?? 0 }));
  keyed.sort(
    (a, b) =>
      a.unit - b.unit ||
      a.file - b.file ||
      a.sheet - b.sheet ||
      a.e.row - b.e.row ||
      compareVi(a.e.nomination.name, b.e.nomination.name) ||
      compareVi(a.e.nomination.kind ?? "", b.e.nomination.kind ?? "") ||
      Number(a.e.valid) - Number(b.e.valid),
  );
  return keyed.map((k) => k.e);
};

/**
 * The same nominee in more than one place — named by two units, or sent twice by one unit in two
 * files or sheets — matched without regard to marks, case, spacing and Unicode form; birth years
 * must agree where both are given. (Twice in one sheet is the sheet check's warning.)
 */
export const findCrossUnitDuplicates = (entries: readonly ConsolidatedEntry[]): DuplicateGroup[] => {
  const groups = new Map<string, ConsolidatedEntry[]>();
  for (const e of entries) {
    const key = toMatchKey(e.nomination.name);
    if (key === "") continue;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const out: DuplicateGroup[] = [];
  for (const list of groups.values()) {
    // Most names occur once: nothing to compare.
    if (list.length < 2) continue;
    const years = new Set(list.map((e) => e.nomination.birthYear).filter((y) => y !== undefined));
    const byYear = years.size <= 1 ? [list] : [...years].map((y) => list.filter((e) => e.nomination.birthYear === y || e.nomination.birthYear === undefined));
    for (const same of byYear) {
      if (new Set(same.map((e) => `${toMatchKey(e.unit)}\u0000${e.file}\u0000${e.sheet}`)).size < 2) continue;
      out.push({ name: same[0]?.nomination.name ?? "", occurrences: same.map((e) => ({ unit: e.unit, file: e.file, sheet: e.sheet, row: e.row })) });
    }
  }
  return out.sort((a, b) => compareVi(a.name, b.name));
};

/**
 * Units that sent nothing still owe their quotas: every unit of the registry, and every unit a
 * quota names, that has no row here is counted with zero nominations (listed as not sent).
 */
const evaluateSilentUnits = (plan: Plan, present: readonly UnitTotals[], registry: readonly UnitInfo[], year: number | null) => {
  const seen = new Set(present.map((u) => toMatchKey(u.unit)));
  const silent: { name: string; kind: string | null; staff: number | null }[] = [];
  const add = (name: string, kind: string | null, staff: number | null) => {
    if (seen.has(toMatchKey(name))) return;
    seen.add(toMatchKey(name));
    silent.push({ name, kind, staff });
  };
  for (const u of registry) add(u.name, u.kind, u.staff);
  for (const q of plan.quotas) if (q.scope.level === "unit") for (const name of q.scope.units ?? []) add(name, resolveUnitKind(name, plan), null);
  return silent.flatMap((u) => evaluateUnitQuotas(plan, u, [], year).map((r) => ({ ...r, notSent: true })));
};

/** Evidence for a unit's name, strongest first: a unit gathered from many sheets says its strongest. */
const SOURCE_STRENGTH: readonly UnitSource[] = ["option", "column", "group", "title", "sheet", "file"];
const strongestSource = (sources: Iterable<UnitSource>): UnitSource => {
  let best: UnitSource = "file";
  for (const s of sources) if (SOURCE_STRENGTH.indexOf(s) < SOURCE_STRENGTH.indexOf(best)) best = s;
  return best;
};

export interface ConsolidateOptions {
  year?: number;
  units?: readonly UnitInfo[];
  scope?: string;
}

/** The year most sheets report; a tie goes to the later year, whatever the order of the inputs. */
const mostCommonYear = (values: readonly number[]): number | null => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
};

/**
 * Consolidates the entries of many units into totals for the level above: a row per unit,
 * totals, every unit's quotas and the plan-level ones, duplicates across units. Pure and
 * independent of the order of its inputs.
 */
export const consolidateEntries = (plan: Plan, entries: readonly ConsolidatedEntry[], skipped: readonly SkippedInput[], options: ConsolidateOptions = {}, years: readonly number[] = []): Consolidation => {
  const sorted = sortEntries(entries);
  // Each entry as the quotas count it, made once for its unit's quotas and the plan's.
  const counted = sorted.map((e) => ({ ...e.nomination, valid: e.valid }));
  const unitKeys = new Map<string, string>();
  const byUnit = new Map<string, number[]>();
  sorted.forEach((e, i) => {
    let key = unitKeys.get(e.unit);
    if (key === undefined) unitKeys.set(e.unit, (key = toMatchKey(e.unit)));
    const indexes = byUnit.get(key);
    if (indexes) indexes.push(i);
    else byUnit.set(key, [i]);
  });
  const registryByKey = new Map<string, UnitInfo>();
  for (const u of options.units ?? []) {
    const key = toMatchKey(u.name);
    if (!registryByKey.has(key)) registryByKey.set(key, u);
  }
  const totals = { rows: 0, validRows: 0, byKind: emptyKindCounts(plan), byTopic: {} as Record<string, number> };
  const year = options.year ?? mostCommonYear(years);
  const units: UnitTotals[] = [];
  const quotas = [];
  for (const [unitKey, indexes] of byUnit) {
    const list = indexes.map((i) => sorted[i] as ConsolidatedEntry);
    const first = list[0];
    if (!first) continue;
    const registry = registryByKey.get(unitKey);
    const unitKind = registry?.kind ?? list.find((e) => e.unitKind !== null)?.unitKind ?? resolveUnitKind(first.unit, plan);
    const sources = [...new Map(list.map((e) => [`${e.file}\u0000${e.sheet}`, { file: e.file, sheet: e.sheet }])).values()];
    const unitSource = strongestSource(list.map((e) => e.unitSource));
    const u: UnitTotals = { unit: first.unit, unitKind, unitSource, file: first.file, sheet: first.sheet, sources, rows: list.length, validRows: 0, byKind: emptyKindCounts(plan), byTopic: {} };
    const notice = judgeUnit(plan, { name: first.unit, kind: unitKind, staff: registry?.staff ?? null });
    if (notice !== null) u.notice = notice;
    for (const e of list) {
      if (e.valid) u.validRows++;
      addCounts(u.byKind, u.byTopic, e, plan);
      addCounts(totals.byKind, totals.byTopic, e, plan);
    }
    totals.rows += u.rows;
    totals.validRows += u.validRows;
    units.push(u);
    const nominations = indexes.map((i) => counted[i] as (typeof counted)[number]);
    quotas.push(...evaluateUnitQuotas(plan, { name: u.unit, kind: unitKind, staff: registry?.staff ?? null }, nominations, year));
  }
  quotas.push(...evaluateSilentUnits(plan, units, options.units ?? [], year));
  const scope = options.scope ?? describePlanScope(plan);
  quotas.push(...evaluatePlanQuotas(plan, scope, counted, year));
  const skippedSorted = [...skipped].sort((a, b) => compareVi(a.file, b.file) || compareVi(a.sheet ?? "", b.sheet ?? ""));
  return { plan: plan.id, scope, year, units, totals, entries: sorted, quotas, duplicates: findCrossUnitDuplicates(sorted), skipped: skippedSorted };
};

/** Consolidates checked workbooks (and files that could not be read at all). */
export const consolidateReports = (plan: Plan, reports: readonly CheckReport[], unreadable: readonly SkippedInput[], options: ConsolidateOptions = {}): Consolidation =>
  consolidateEntries(plan, collectEntries(reports), [...unreadable, ...collectSkipped(reports)], options, reports.flatMap((r) => r.sheets.map((s) => s.year).filter((y): y is number => y !== null)));
