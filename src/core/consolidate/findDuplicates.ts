import { toMatchKey } from "../text/normalize";
import type { ConsolidatedEntry, DuplicateGroup } from "./types";

const compareVi = new Intl.Collator("vi").compare;

/** Entries naming one person: the same name key, and the same birth year where both give one. */
const splitByBirthYear = (list: readonly ConsolidatedEntry[]): ConsolidatedEntry[][] => {
  const years = new Set(list.map((e) => e.nomination.birthYear).filter((y) => y !== undefined));
  return years.size <= 1 ? [list.slice()] : [...years].map((y) => list.filter((e) => e.nomination.birthYear === y || e.nomination.birthYear === undefined));
};

const sourceKey = (e: ConsolidatedEntry): string => `${e.file}\u0000${e.sheet}`;

/**
 * Of one unit's entries naming one person, those that are copies: the person is counted from one
 * source (file and sheet) — the first whose row is valid, else the first — and the entries of
 * every other source are copies, as is the same row of that source read twice (through a
 * consolidation given back beside the unit's file). Twice in one sheet is the sheet check's
 * warning, not a copy.
 */
const findCopies = (person: readonly ConsolidatedEntry[], copies: Set<ConsolidatedEntry>): void => {
  const kept = person.find((e) => e.valid) ?? person[0];
  if (!kept) return;
  const rowsSeen = new Set<number>();
  for (const e of person) {
    if (sourceKey(e) !== sourceKey(kept) || rowsSeen.has(e.row)) copies.add(e);
    else rowsSeen.add(e.row);
  }
};

/**
 * Copies among the entries of one person (one name key and birth year): per unit. Where the
 * name's rows give different birth years, a row without one could be any of those people: it is
 * never taken for a copy.
 */
const findCopiesOfPerson = (person: readonly ConsolidatedEntry[], yearsDiffer: boolean, copies: Set<ConsolidatedEntry>): void => {
  const byUnit = new Map<string, ConsolidatedEntry[]>();
  for (const e of person) {
    if (yearsDiffer && e.nomination.birthYear === undefined) continue;
    const unit = toMatchKey(e.unit);
    const same = byUnit.get(unit);
    if (same) same.push(e);
    else byUnit.set(unit, [e]);
  }
  for (const unitEntries of byUnit.values()) if (unitEntries.length > 1) findCopies(unitEntries, copies);
};

export interface DuplicatesFound {
  /** One group per person found in more than one place, each occurrence with whether it counts. */
  duplicates: DuplicateGroup[];
  /** Entries that are copies of a nominee counted from another source of the same unit. */
  copies: Set<ConsolidatedEntry>;
}

/**
 * The same nominee in more than one place, matched without regard to marks, case, spacing and
 * Unicode form, birth years agreeing where both are given: named by two units (each unit counts
 * it, the level above once), or one unit's nominee through two sources — a tab of a cluster's
 * workbook and the unit's own file — which is one nominee, counted once everywhere. `entries`
 * are in the consolidation's order; the first of them decides which copy counts.
 */
export const findDuplicates = (entries: readonly ConsolidatedEntry[]): DuplicatesFound => {
  const groups = new Map<string, ConsolidatedEntry[]>();
  for (const e of entries) {
    const key = toMatchKey(e.nomination.name);
    if (key === "") continue;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const copies = new Set<ConsolidatedEntry>();
  const duplicates: DuplicateGroup[] = [];
  for (const list of groups.values()) {
    // Most names occur once: nothing to compare.
    if (list.length < 2) continue;
    const people = splitByBirthYear(list);
    for (const person of people) findCopiesOfPerson(person, people.length > 1, copies);
    for (const same of people) {
      const places = new Set(same.map((e) => `${toMatchKey(e.unit)}\u0000${sourceKey(e)}`));
      if (places.size < 2 && !same.some((e) => copies.has(e))) continue;
      duplicates.push({
        name: same.find((e) => !copies.has(e))?.nomination.name ?? same[0]?.nomination.name ?? "",
        occurrences: same.map((e) => ({ unit: e.unit, file: e.file, sheet: e.sheet, row: e.row, counted: !copies.has(e) })),
      });
    }
  }
  return { duplicates: duplicates.sort((a, b) => compareVi(a.name, b.name)), copies };
};
