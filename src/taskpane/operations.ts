/**
 * What the task pane can do, whatever hosts it: Excel (the add-in) or a plain browser tab over
 * files the user picks. Components receive one of these as a prop and never touch Excel. Both
 * implementations build sources from their adapter, call the workflows (src/workflows) and
 * return what the pane shows; they decide nothing the command does not decide the same way.
 */
import type { CheckReport, SheetReport, UnitInfo } from "../core/check/report";
import type { Consolidation } from "../core/consolidate/types";
import { FileProblemError } from "../core/files/fileProblems";
import type { Finding, SheetValues } from "../core/model";
import type { Plan } from "../core/plan/schema";

export type PaneMode = "excel" | "browser" | "sheets";

export type PaneFinding = Finding & { message: string };

export type AppendixKind = "plan" | "list";

/**
 * What the pane shows of a consolidation: everything but the consolidated rows, which only the
 * workbook and the list appendix need (a host may keep them where the work was done: the
 * browser's worker does). A whole `Consolidation` is one too.
 */
export type ConsolidationView = Omit<Consolidation, "entries">;

/** What the pane shows of a sheet's check: everything but the nominations themselves. */
export type PaneSheetReport = Omit<SheetReport, "nominations">;

/** A check report as the pane shows it; a whole `CheckReport` is one too. */
export type PaneCheckReport = Omit<CheckReport, "sheets"> & { sheets: PaneSheetReport[] };

/** What an appendix can show: the consolidated numbers and names, grouped for the list layout. */
export interface AppendixData {
  /** A consolidation this pane's `consolidate` returned (or any whole one). */
  consolidation?: ConsolidationView;
  groupBy?: "unit" | "field";
  /** Consolidated workbooks written earlier (as `appendix --from`): the appendix is made from their "Danh sách". */
  from?: readonly File[];
}

/** How far a run is: reading its files (`done` of `total`), then writing its result. */
export interface PaneProgress {
  phase: "read" | "write";
  done: number;
  total: number;
  /** The file being read ("" when none). */
  current: string;
}

/** What the command takes as --units, --year and --unit, and how a run is followed and stopped. */
export interface PaneRunOptions {
  /** The units registry's units, as the chosen plan names their kinds. */
  units?: readonly UnitInfo[];
  year?: number;
  /** Kiểm tra only: the unit whose list it is. */
  unit?: string;
  onProgress?: (progress: PaneProgress) => void;
  /** Hủy: checked between files; a stopped run gives no result (it rejects with the sentence that says so). */
  signal?: AbortSignal;
}

export interface ConsolidateResult {
  consolidation: ConsolidationView;
  /** How many files (or workbooks) were given, and those a list was read from. */
  sources?: number;
  read?: readonly string[];
  /** Excel: the lists were the sheets of the open workbook, so named. */
  openWorkbook?: string;
  /** In browser mode, the consolidated workbook to save; Excel mode writes sheets instead. */
  download?: Blob;
  fileName?: string;
  /** In Excel mode, the names of the sheets written (a user's sheet of the same name is left alone). */
  sheets?: string[];
}

export interface AppendixResult {
  download?: Blob;
  fileName?: string;
  /** In Excel mode, the sheet written. */
  sheet?: string;
  /** When the appendix was made from consolidated workbooks (`from`): what was read from them. */
  consolidation?: ConsolidationView;
}

/** One file of a Kiểm tra of several: its report, and (browser mode) its marked copy to save. */
export interface CheckedFile {
  file: string;
  report: PaneCheckReport;
  download?: Blob;
  fileName?: string;
  /** Browser mode: builds the marked copy when it is asked for (exceljs is loaded then, in the worker). */
  makeDownload?: () => Promise<Blob>;
}

/** A file that gave no report: the sentence says why (the same as the command's). */
export interface FailedFile {
  file: string;
  message: string;
}

export interface CheckFilesResult {
  checked: CheckedFile[];
  failed: FailedFile[];
}

/** The units registry as the pane remembers it: its sheet's values, read again under each plan. */
export interface SavedUnitsRegistry {
  source: string;
  sheet: SheetValues;
}

export interface PaneOperations {
  mode: PaneMode;
  /** Excel: the active sheet. Browser: the given files' first one, else the file last given. */
  checkActive(plan: Plan, files?: readonly File[], options?: PaneRunOptions): Promise<CheckReport>;
  /** Browser mode: several files at once, a marked copy of each (as `check --out` makes it). */
  checkFiles?(plan: Plan, files: readonly File[], options?: PaneRunOptions): Promise<CheckFilesResult>;
  clearMarks(): Promise<void>;
  selectFinding(finding: PaneFinding): Promise<void>;
  consolidate(plan: Plan, files?: readonly File[], options?: PaneRunOptions): Promise<ConsolidateResult>;
  writeAppendix(plan: Plan, kind: AppendixKind, data?: AppendixData, options?: PaneRunOptions): Promise<AppendixResult>;
  loadSavedPlanId(): string | null;
  savePlanId(id: string): void;
  /** Reads a units registry from a picked file or, in Excel without a file, from a sheet of the open workbook. */
  readUnitsRegistry?(plan: Plan, file?: File): Promise<SavedUnitsRegistry>;
  loadSavedUnitsRegistry?(): SavedUnitsRegistry | null;
  saveUnitsRegistry?(registry: SavedUnitsRegistry | null): void;
  /** Lets go of what the host keeps of earlier results (a plan switch): the browser's worker holds the last consolidation. */
  forgetResults?(): void;
  /** Files were picked: a run is coming (the browser's worker starts loading, so the run does not wait for it). */
  prepare?(): void;
}

/** A failure with a sentence the user can act on; the pane shows `message` as it is. */
export class PaneError extends Error {
  /** The user stopped the run (Hủy): the pane says so without calling it an error. */
  readonly cancelled: boolean;
  constructor(message: string, options?: { cause?: unknown; cancelled?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PaneError";
    this.cancelled = options?.cancelled ?? false;
  }
}

export const isCancellation = (error: unknown): boolean => error instanceof PaneError && error.cancelled;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Errors whose message is already the user's sentence: ours, a file's problem, the Excel adapter's. */
const SAYS_WHAT_TO_DO = new Set(["PaneError", "FileProblemError", "ExcelAdapterError"]);

/** The sentence to show for any failure, chosen by the error's type. */
export function describeFailure(error: unknown): string {
  if (error instanceof PaneError || error instanceof FileProblemError || (error instanceof Error && SAYS_WHAT_TO_DO.has(error.name) && error.message)) return (error as Error).message;
  const generic = "Đã xảy ra lỗi không mong muốn; hãy thử lại, nếu vẫn lỗi hãy tải lại ngăn Điển hình.";
  return error instanceof Error && error.message ? `${generic} (Chi tiết: ${error.message})` : generic;
}
