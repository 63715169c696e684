import type { CheckReport, SheetUnit, UnitInfo, UnitSource } from "../check/report";
import type { QuotaResult } from "../model";
import { judgeUnit } from "../quotas/judgeUnit";
import type { Plan, SubjectKind } from "../plan/schema";
import { evaluatePlanQuotas, evaluateUnitQuotas } from "../quotas/evaluateUnitQuotas";
import { toMatchKey } from "../text/normalize";
import { resolveUnitKind } from "../units/resolveUnitKind";
import { describePlanScope } from "../plan/describePlanScope";

export { describePlanScope };
import { findDuplicates } from "./findDuplicates";
import type { Consolidation, ConsolidatedEntry, EmptyList, KindCounts, SkippedInput, UnitNotSent, UnitTotals } from "./types";

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
 * Units that sent nothing still owe their quotas: every unit of the registry, and every unit a
 * quota names, that has no list here is counted with zero nominations (listed as not sent).
 */
const findUnitsNotSent = (plan: Plan, present: readonly UnitTotals[], registry: readonly UnitInfo[]): (UnitNotSent & { staff: number | null })[] => {
  const seen = new Set(present.map((u) => toMatchKey(u.unit)));
  const silent: (UnitNotSent & { staff: number | null })[] = [];
  const add = (unit: string, unitKind: string | null, staff: number | null) => {
    if (seen.has(toMatchKey(unit))) return;
    seen.add(toMatchKey(unit));
    silent.push({ unit, unitKind, staff });
  };
  for (const u of registry) add(u.name, u.kind, u.staff);
  for (const q of plan.quotas) if (q.scope.level === "unit") for (const name of q.scope.units ?? []) add(name, resolveUnitKind(name, plan), null);
  return silent;
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
  /** Lists that hold no nomination: their units are listed with 0 and owe their quotas. */
  emptyLists?: readonly EmptyList[];
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
  const all = sortEntries(entries);
  const { duplicates, copies } = findDuplicates(all);
  const sorted = copies.size === 0 ? all : all.filter((e) => !copies.has(e));
  // Each entry as the quotas count it, made once for its unit's quotas and the plan's.
  const counted = sorted.map((e) => ({ ...e.nomination, valid: e.valid }));
  const unitKeys = new Map<string, string>();
  const keyOf = (unit: string): string => {
    let key = unitKeys.get(unit);
    if (key === undefined) unitKeys.set(unit, (key = toMatchKey(unit)));
    return key;
  };
  const byUnit = new Map<string, number[]>();
  sorted.forEach((e, i) => {
    const key = keyOf(e.unit);
    const indexes = byUnit.get(key);
    if (indexes) indexes.push(i);
    else byUnit.set(key, [i]);
  });
  // Where each unit's lists came from, copies' sources included: the unit sent them all.
  const sourcesByUnit = new Map<string, Map<string, { file: string; sheet: string }>>();
  const addSource = (unit: string, file: string, sheet: string): void => {
    const key = keyOf(unit);
    const sources = sourcesByUnit.get(key) ?? new Map<string, { file: string; sheet: string }>();
    sources.set(`${file}\u0000${sheet}`, { file, sheet });
    sourcesByUnit.set(key, sources);
  };
  for (const e of all) addSource(e.unit, e.file, e.sheet);
  const registryByKey = new Map<string, UnitInfo>();
  for (const u of options.units ?? []) {
    const key = toMatchKey(u.name);
    if (!registryByKey.has(key)) registryByKey.set(key, u);
  }
  const totals = { rows: 0, validRows: 0, byKind: emptyKindCounts(plan), byTopic: {} as Record<string, number> };
  const year = options.year ?? mostCommonYear(years);
  const units: UnitTotals[] = [];
  const unitQuotas = new Map<UnitTotals, QuotaResult[]>();
  const addUnit = (name: string, kindOfList: string | null, unitSource: UnitSource, list: readonly ConsolidatedEntry[], indexes: readonly number[], first: { file: string; sheet: string }): void => {
    const unitKey = keyOf(name);
    const registry = registryByKey.get(unitKey);
    const unitKind = registry?.kind ?? kindOfList ?? resolveUnitKind(name, plan);
    const sources = [...(sourcesByUnit.get(unitKey)?.values() ?? [first])];
    const u: UnitTotals = { unit: name, unitKind, unitSource, file: first.file, sheet: first.sheet, sources, rows: list.length, validRows: 0, byKind: emptyKindCounts(plan), byTopic: {} };
    const notice = judgeUnit(plan, { name, kind: unitKind, staff: registry?.staff ?? null });
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
    unitQuotas.set(u, evaluateUnitQuotas(plan, { name: u.unit, kind: unitKind, staff: registry?.staff ?? null }, nominations, year));
  };
  for (const indexes of byUnit.values()) {
    const list = indexes.map((i) => sorted[i] as ConsolidatedEntry);
    const first = list[0];
    if (first) addUnit(first.unit, list.find((e) => e.unitKind !== null)?.unitKind ?? null, strongestSource(list.map((e) => e.unitSource)), list, indexes, first);
  }
  // A unit whose list holds nobody is listed with 0 and owes its quotas (sorted in among the others).
  const emptyLists = [...(options.emptyLists ?? [])].sort((a, b) => compareVi(a.unit, b.unit) || compareVi(a.file, b.file) || compareVi(a.sheet, b.sheet));
  for (const empty of emptyLists) addSource(empty.unit, empty.file, empty.sheet);
  for (const empty of emptyLists) {
    if (units.some((u) => keyOf(u.unit) === keyOf(empty.unit))) continue;
    addUnit(empty.unit, empty.unitKind, empty.unitSource, [], [], empty);
  }
  if (emptyLists.length > 0) {
    const rank = new Map([...units.map((u) => u.unit)].sort(compareVi).map((name, i) => [name, i]));
    units.sort((a, b) => (rank.get(a.unit) ?? 0) - (rank.get(b.unit) ?? 0));
  }
  const quotas = units.flatMap((u) => unitQuotas.get(u) ?? []);
  const notSent = findUnitsNotSent(plan, units, options.units ?? []);
  for (const u of notSent) quotas.push(...evaluateUnitQuotas(plan, { name: u.unit, kind: u.unitKind, staff: u.staff }, [], year).map((r) => ({ ...r, notSent: true })));
  const scope = options.scope ?? describePlanScope(plan);
  quotas.push(...evaluatePlanQuotas(plan, scope, counted, year));
  const skippedSorted = [...skipped].sort((a, b) => compareVi(a.file, b.file) || compareVi(a.sheet ?? "", b.sheet ?? ""));
  return {
    plan: plan.id,
    scope,
    year,
    units,
    totals,
    entries: sorted,
    quotas,
    duplicates,
    notSent: notSent.map(({ unit, unitKind }) => ({ unit, unitKind })),
    skipped: skippedSorted,
  };
};

/** Lists of checked workbooks that hold no nomination (a header and nothing under it). */
export const collectEmptyLists = (reports: readonly CheckReport[]): EmptyList[] =>
  reports.flatMap((r) => r.sheets.filter((s) => s.rows === 0).map((s) => ({ unit: s.unit, unitKind: s.unitKind, unitSource: s.unitSource, file: r.file, sheet: s.sheet })));

/** Consolidates checked workbooks (and files that could not be read at all). */
export const consolidateReports = (plan: Plan, reports: readonly CheckReport[], unreadable: readonly SkippedInput[], options: ConsolidateOptions = {}): Consolidation =>
  consolidateEntries(
    plan,
    collectEntries(reports),
    [...unreadable, ...collectSkipped(reports)],
    { ...options, emptyLists: [...(options.emptyLists ?? []), ...collectEmptyLists(reports)] },
    reports.flatMap((r) => r.sheets.map((s) => s.year).filter((y): y is number => y !== null)),
  );
