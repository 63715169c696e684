import type { UnitSource } from "../check/report";
import type { Nomination, QuotaResult } from "../model";
import type { UnitNotice } from "../quotas/judgeUnit";
import type { SubjectKind } from "../plan/schema";

/** Where a row came from: the file, sheet and Excel row the officer can open. */
export interface Provenance {
  file: string;
  sheet: string;
  row: number;
}

/** One nomination in the consolidated list, bound to its source and its findings; each nominee once. */
export interface ConsolidatedEntry extends Provenance {
  unit: string;
  /** The unit's kind (as the plan names kinds), for unit quotas. */
  unitKind: string | null;
  /** Where the unit's name came from (a unit column, a group row, the title, the tab's or the file's name). */
  unitSource: UnitSource;
  nomination: Nomination;
  valid: boolean;
  /** Vietnamese messages of the row's findings. */
  findings: string[];
}

export type KindCounts = Record<"ca_nhan" | "tap_the" | "ho_gia_dinh", number> & Partial<Record<SubjectKind, number>>;

export interface UnitTotals {
  unit: string;
  unitKind: string | null;
  /** Where the unit's name came from: the strongest evidence among its rows' (see `UnitSource`). */
  unitSource: UnitSource;
  /** Why the plan's unit quotas may not reach it (its kind unknown, or no quota for its kind); absent when they do. */
  notice?: UnitNotice;
  /** First source, as in the JSON report; `sources` lists all. */
  file: string;
  sheet: string;
  sources: { file: string; sheet: string }[];
  rows: number;
  validRows: number;
  /** Valid nominations by subject kind. */
  byKind: KindCounts;
  /** Valid nominations by field or movement name ("Chưa xác định" when none). */
  byTopic: Record<string, number>;
}

/**
 * One person or collective found in more than one place. Named by several units, each unit
 * counts it; one unit's nominee through two sources counts once: `counted` is false on the copies.
 */
export interface DuplicateGroup {
  name: string;
  occurrences: (Provenance & { unit: string; counted: boolean })[];
}

/** A unit the registry or a quota names that sent nothing: it still owes its quotas. */
export interface UnitNotSent {
  unit: string;
  unitKind: string | null;
}

/** A list a unit sent that holds no nomination (a header only): the unit is listed with 0. */
export interface EmptyList {
  unit: string;
  unitKind: string | null;
  /** Where the unit's name came from (its title, the tab's name, …). */
  unitSource: UnitSource;
  file: string;
  sheet: string;
}

export interface SkippedInput {
  file: string;
  sheet: string | null;
  reason: string;
}

export interface Consolidation {
  plan: string;
  /** The level above, as quotas name it ("Huyện Tủa Chùa"). */
  scope: string;
  year: number | null;
  units: UnitTotals[];
  totals: { rows: number; validRows: number; byKind: KindCounts; byTopic: Record<string, number> };
  entries: ConsolidatedEntry[];
  quotas: QuotaResult[];
  duplicates: DuplicateGroup[];
  /** Units the registry or the plan's quotas name that sent no list, in that order. */
  notSent: UnitNotSent[];
  skipped: SkippedInput[];
}
