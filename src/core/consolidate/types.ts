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

/** One nomination in the consolidated list, bound to its source and its findings. */
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

export interface DuplicateGroup {
  name: string;
  occurrences: (Provenance & { unit: string })[];
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
  skipped: SkippedInput[];
}
