import type { Finding, Nomination, NominationField, QuotaResult } from "../model";

/** Where a sheet's columns went: field → column letter, criterion id → letter, metric → year → letter. */
export interface ColumnMap {
  fields: Partial<Record<NominationField, string>>;
  criteria: Record<string, string>;
  metrics: Record<string, Record<string, string>>;
  /** A criterion whose mark is split over sub-columns ("Tiêu chí chung" over four): every part's letter; all must say yes. */
  criterionParts?: Record<string, string[]>;
}

export interface UnmappedColumn {
  column: string;
  header: string;
}

export interface NominationResult extends Nomination {
  valid: boolean;
}

/**
 * Where a unit's name came from, strongest first: the user's choice ("option"), the row's unit
 * column, a group row above the row ("I. Thôn Xuân Thượng"), the title block, the tab's name, the
 * file's name (the last resort: written without marks, it gives "Thon Dong Moi").
 */
export type UnitSource = "option" | "column" | "group" | "title" | "sheet" | "file";

/** A unit the rows of a sheet belong to, with where its name came from and its kind. */
export interface SheetUnit {
  name: string;
  source: UnitSource;
  kind: string | null;
  /** The rows of the sheet that belong to it. */
  rows: number;
}

/** The check of one sheet holding a nomination list. */
export interface SheetReport {
  sheet: string;
  /** The sheet's own unit: the rows that name none belong to it, and its quotas are counted here. */
  unit: string;
  /** Where the unit name came from, so the user can see why. */
  unitSource: UnitSource;
  unitKind: string | null;
  /**
   * Every unit the sheet's rows belong to — the sheet's own, and those a row's unit column or a
   * group row names — each with where its name came from, in the order of the rows.
   */
  units: SheetUnit[];
  headerRow: number;
  /** Last header row (the second row of a two-row header), and the first data row. */
  headerRowEnd: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The reporting year read from the title ("NĂM 2024") or the dates, if any. */
  year: number | null;
  encoding: "unicode" | "tcvn3" | "vni";
  rows: number;
  validRows: number;
  columns: ColumnMap;
  unmappedColumns: UnmappedColumn[];
  nominations: NominationResult[];
  findings: (Finding & { message: string })[];
  quotas: QuotaResult[];
}

export interface SkippedSheet {
  sheet: string;
  reason: string;
}

export interface CheckSummary {
  rows: number;
  validRows: number;
  errors: number;
  warnings: number;
  quotasUnmet: number;
}

export interface CheckReport {
  file: string;
  plan: string;
  sheets: SheetReport[];
  skippedSheets: SkippedSheet[];
  summary: CheckSummary;
}

/** A unit as the registry knows it (`--units`). */
export interface UnitInfo {
  name: string;
  kind: string | null;
  kindText: string;
  staff: number | null;
}

export interface CheckOptions {
  /** The unit of every sheet, as given by the user (`--unit`). */
  unit?: string;
  units?: UnitInfo[];
  /** The reporting year, when the user gives it; else read from the sheet. */
  year?: number;
}
