import type { OwnSheet } from "./ownOutput/ownSheets";
import type { SubjectKind } from "./plan/schema";

/** A cell value as adapters hand it to the core: dates already turned into `Date`. */
export type CellScalar = string | number | boolean | Date | null;

/**
 * One worksheet as plain values. `rows[0]` is Excel row 1 and `rows[r][0]` is column A:
 * adapters make 1-based host rows dense at the seam. `fonts` is sparse (same indexes) and
 * only needed where a legacy font (.VnTime, VNI-Times) decides how text is read.
 */
export interface SheetValues {
  name: string;
  rows: CellScalar[][];
  fonts?: (string | null | undefined)[][];
  /** Merged ranges as A1 references, e.g. "G6:J6". */
  merges?: string[];
  hidden?: boolean;
  /** Excel rows (1-based) hidden in the sheet that hold values: read like any row, and flagged. */
  hiddenRows?: number[];
}

export interface WorkbookValues {
  /** The file name as the user knows it, e.g. "Phuong_Bo_De.xlsx" (no folders). */
  file: string;
  sheets: SheetValues[];
  /** Sheets this product wrote, as the workbook's marks say (absent: none). */
  ownSheets?: OwnSheet[];
}

export type Severity = "error" | "warning";

export type FindingCode =
  | "cell/required"
  | "cell/kind"
  | "cell/criterion"
  | "cell/rising"
  | "cell/date-format"
  | "cell/date-outside-period"
  | "cell/date-late"
  | "cell/unknown-field"
  | "cell/unknown-movement"
  | "cell/min-length"
  | "row/duplicate"
  | "row/hidden"
  | "row/invalid-at-source"
  | "sheet/missing-criterion-column"
  | "sheet/other-plan"
  | "sheet/legacy-encoding"
  | "quota/below-min"
  | "quota/above-max"
  | "quota/unknown-staff"
  | "unit/unknown-kind"
  | "unit/no-quota";

/** A plain, serializable finding. `row` is the row number the user sees in Excel. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  row?: number;
  column?: string;
  cell?: string;
  ruleId?: string;
  expected?: string | number;
  actual?: string | number;
  file?: string;
}

/** The fields a nomination row can have; a column maps to one of these or to a criterion. */
export type NominationField =
  | "order"
  | "name"
  | "kind"
  | "unit"
  | "position"
  | "birthYear"
  | "field"
  | "movement"
  | "achievements"
  | "date"
  | "level"
  | "note"
  /** Provenance columns of a consolidated list read back at the next level (Tệp, Trang tính, Dòng). */
  | "sourceFile"
  | "sourceSheet"
  | "sourceRow"
  /** "Hợp lệ" and "Kết quả kiểm tra" of a consolidated list: the verdict of the level below. */
  | "sourceValid"
  | "sourceFindings";

export interface Nomination {
  row: number;
  name: string;
  /** Null when the sheet's value could not be recognised (see findings). */
  kind: SubjectKind | null;
  kindText: string;
  unit: string;
  position?: string;
  birthYear?: number;
  field?: string;
  fieldText?: string;
  movement?: string;
  movementText?: string;
  achievements?: string;
  date?: string;
  level?: string;
  note?: string;
  /** Where a row of a consolidated list came from, when the sheet itself says so (Tệp, Trang tính, Dòng). */
  sourceFile?: string;
  sourceSheet?: string;
  sourceRow?: number;
  /** The level below found this row not valid ("Hợp lệ: Không"), with its reasons. */
  sourceInvalid?: string;
  /** Criterion id → cell text as written (normalized), for mark and list criteria. */
  marks: Record<string, string>;
  /** Metric id → year → value, for measurable criteria. */
  figures: Record<string, Record<string, number | null>>;
}

export interface QuotaResult {
  ruleId: string;
  text: string;
  scope: string;
  period: string;
  group?: string;
  required: number | null;
  /** The upper bound where the quota has one (01–04). */
  max?: number;
  /** Nominations without errors that count towards the quota. */
  actual: number;
  /** Every nomination registered in scope, valid or not: what an upper bound limits. */
  registered: number;
  shortfall: number;
  excess: number;
  met: boolean | null;
  /** Per-kind requirement for quotas like "≥ 01 tập thể và ≥ 03 cá nhân". */
  byKind?: Partial<Record<SubjectKind, { required: number; actual: number; shortfall: number }>>;
  missing?: string;
  /** The unit sent no list at all (counted with zero nominations). */
  notSent?: boolean;
  /** For a quota that counts only nominations proposed to some levels (`scope.proposedLevels`). */
  proposedLevel?: ProposedLevelCount;
  /** Nominations registered but dated after the quota's deadline: counted apart, not towards the minimum. */
  late?: { count: number; deadline: string };
  /** Rows the subject sent for movements it leads: registered, and not held to the maximum. */
  uncapped?: number;
}

/** How the rows in a quota's scope stood against the levels it counts ("Cấp đề nghị"). */
export interface ProposedLevelCount {
  /** The levels counted, by name ("Cấp thành phố"). */
  levels: string[];
  /** Rows whose sheet gave no level: taken as proposed to the plan's own level, `assumed`. */
  notGiven: number;
  /** The name of the plan's own level ("Cấp quận"). */
  assumed: string;
  /** Whether those rows counted (the plan's own level is one the quota counts). */
  notGivenCounted: boolean;
  /** Rows whose level names none of the plan's levels: not counted. */
  unknown: number;
}
