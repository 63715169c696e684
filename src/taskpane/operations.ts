/**
 * What the task pane can do, whatever hosts it: Excel (the add-in) or a plain browser tab over
 * files the user picks. Components receive one of these as a prop and never touch Excel.
 */
import type { CheckReport } from "../core/check/report";
import type { Consolidation } from "../core/consolidate/types";
import type { Finding } from "../core/model";
import type { Plan } from "../core/plan/schema";

export type PaneMode = "excel" | "browser" | "sheets";

export type PaneFinding = Finding & { message: string };

export type AppendixKind = "plan" | "list";

/** What an appendix can show: the consolidated numbers and names, grouped for the list layout. */
export interface AppendixData {
  consolidation?: Consolidation;
  groupBy?: "unit" | "field";
}

export interface ConsolidateResult {
  consolidation: Consolidation;
  /** In browser mode, the consolidated workbook to save; Excel mode writes sheets instead. */
  download?: Blob;
  fileName?: string;
}

export interface AppendixResult {
  download?: Blob;
  fileName?: string;
}

export interface PaneOperations {
  mode: PaneMode;
  /** Excel: the active sheet. Browser: the given files' first one, else the file last given. */
  checkActive(plan: Plan, files?: readonly File[]): Promise<CheckReport>;
  clearMarks(): Promise<void>;
  selectFinding(finding: PaneFinding): Promise<void>;
  consolidate(plan: Plan, files?: readonly File[]): Promise<ConsolidateResult>;
  writeAppendix(plan: Plan, kind: AppendixKind, data?: AppendixData): Promise<AppendixResult>;
  loadSavedPlanId(): string | null;
  savePlanId(id: string): void;
}

/** A failure with a sentence the user can act on; the pane shows `message` as it is. */
export class PaneError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PaneError";
  }
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The sentence to show for any failure: ours and the adapter's carry Vietnamese already. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error && /[àáảãạăâđèéêìíòóôơùúưýỳỷỹỵ]/i.test(error.message)) return error.message;
  const generic = "Đã xảy ra lỗi không mong muốn; hãy thử lại, nếu vẫn lỗi hãy tải lại ngăn Điển hình.";
  return error instanceof Error && error.message ? `${generic} (Chi tiết: ${error.message})` : generic;
}
