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

/** The check of one sheet holding a nomination list. */
export interface SheetReport {
  sheet: string;
  unit: string;
  /** Where the unit name came from, so the user can see why. */
  unitSource: "option" | "title" | "column" | "file" | "sheet";
  unitKind: string | null;
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
