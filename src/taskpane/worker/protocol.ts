/**
 * What the browser pane asks of its engine (src/taskpane/worker/paneEngine.ts) and what comes
 * back: plain data only, so that the same requests go to a Web Worker (structured clone) or,
 * where no worker can start, to the engine on the page. The picked files go as File handles:
 * a handle carries no bytes, and the engine reads each file's bytes itself when the workflow
 * comes to it, so the page never reads them. Handles are cloned a few at a time (cloning one
 * asks the browser for its size and date, about a millisecond each: 300 at once held the page
 * 0.3 s), and the engine starts on the first while the rest arrive. The workbooks built come
 * back as ArrayBuffers, transferred, not copied. Failures are data too: a workflow's refusal
 * keeps its code, and the pane makes the sentence.
 */
import type { CheckReport, UnitInfo } from "../../core/check/report";
import type { Consolidation } from "../../core/consolidate/types";
import type { SheetValues } from "../../core/model";
import type { Plan } from "../../core/plan/schema";
import type { AppendixRequest } from "../../workflows/appendix";
import type { WorkflowError } from "../../workflows/workflowErrors";
import type { ConsolidationView, PaneCheckReport, PaneProgress } from "../operations";

/** A picked file as the engine reads it: its name at once, its handle when it has arrived. */
export interface PickedFile {
  readonly name: string;
  open(): Promise<File>;
}

/** A file the page holds, handed to an engine on the same page. */
export const pickedFileOf = (file: File): PickedFile => ({ name: file.name, open: () => Promise.resolve(file) });

/** The command's --units, --year and --unit. */
export interface EngineRunOptions {
  units?: readonly UnitInfo[];
  year?: number;
  unit?: string;
}

/** Where an appendix takes its data from. */
export type AppendixInput =
  /** The consolidation the engine holds from its run `run` (the pane's last Tổng hợp). */
  | { from: "held"; run: number }
  /** A whole consolidation handed over (a host that kept its rows). */
  | { from: "consolidation"; consolidation: Consolidation }
  /** Consolidated workbooks written earlier, read back (as `appendix --from`): the request's files. */
  | { from: "files" }
  /** No data: the plan's own table without numbers. */
  | { from: "none" };

/** Every request names its files (none for most but check, consolidate, an appendix from files and a registry). */
export interface EngineRequests {
  /** `full`: reports with their nominations (a single check); else what the pane shows. */
  check: { plan: Plan; options: EngineRunOptions; full: boolean };
  /** The marked copy of file `index` of the last check (built when asked for). */
  markedCopy: { plan: Plan; index: number };
  /** `withRows`: the consolidation comes back whole (an engine on the page whose host needs the rows: the Sheets sidebar). */
  consolidate: { plan: Plan; options: EngineRunOptions; withRows?: boolean };
  appendix: { plan: Plan; request: AppendixRequest; input: AppendixInput; options: EngineRunOptions; withRows?: boolean };
  /** The registry is the one file given. */
  readRegistry: { plan: Plan };
  /** Let go of every file and result held (a plan switch). */
  forget: Record<never, never>;
}

export interface CheckedEntry {
  /** Position among the files given: what `markedCopy` asks for. */
  index: number;
  file: string;
  report: PaneCheckReport | CheckReport;
  /** A workbook whose cells can be marked (a CSV cannot). */
  markable: boolean;
}

export interface EngineValues {
  check: { checked: CheckedEntry[]; failed: { file: string; error: WorkflowError }[] };
  markedCopy: { bytes: ArrayBuffer };
  consolidate: { run: number; view: ConsolidationView; read: string[]; sources: number; bytes: ArrayBuffer };
  appendix: { bytes: ArrayBuffer; view: ConsolidationView | null };
  readRegistry: { source: string; sheet: SheetValues };
  forget: null;
}

export type EngineKind = keyof EngineRequests;
/** A request as the engine takes it. */
export type EngineRequest = { [K in EngineKind]: { kind: K; files: PickedFile[] } & EngineRequests[K] }[EngineKind];
export type EngineRequestOf<K extends EngineKind> = Extract<EngineRequest, { kind: K }>;
/** A request as it crosses to the worker: its files by name, their handles following in `files` messages. */
export type WireRequest = { [K in EngineKind]: { kind: K; files: string[] } & EngineRequests[K] }[EngineKind];

export type EngineError =
  | { code: "workflow"; error: WorkflowError }
  /** The consolidation an appendix was asked from is no longer held (a later run or a plan switch let it go). */
  | { code: "result-gone" }
  /** A marked copy of a file the last check did not read (or a CSV). */
  | { code: "no-marked-copy"; file: string }
  /** A fault of ours: the detail is for the report the user may send. */
  | { code: "fault"; detail: string };

export type EngineResult<K extends EngineKind> = { ok: true; value: EngineValues[K] } | { ok: false; error: EngineError };

/** What the engine is told while it works. */
export interface EngineContext {
  /** The run's number, unique per engine client; a held consolidation is named by it. */
  run: number;
  onProgress: (progress: PaneProgress) => void;
  signal: { readonly aborted: boolean };
}

/** Page → worker: a run, its files' handles a few at a time (in order), or its stop. */
export type ToWorker = { type: "run"; id: number; request: WireRequest } | { type: "files"; id: number; files: File[] } | { type: "cancel"; id: number };

/** Worker → page. */
export type FromWorker = { type: "progress"; id: number; progress: PaneProgress } | { type: "done"; id: number; result: EngineResult<EngineKind> };

/** The sentence for an engine's failure that is not a workflow's (those are the workflow's own). */
export const describeEngineFault = (error: Exclude<EngineError, { code: "workflow" }>): string => {
  switch (error.code) {
    case "result-gone":
      return "Kết quả tổng hợp trước đó không còn được giữ (đã tổng hợp lại hoặc đổi kế hoạch); hãy bấm Tổng hợp rồi tạo phụ lục.";
    case "no-marked-copy":
      return `Không có bản đánh dấu của tệp "${error.file}": chỉ tệp .xlsx đọc được mới có; hãy kiểm tra lại tệp này.`;
    case "fault":
      return `Đã xảy ra lỗi không mong muốn; hãy thử lại, nếu vẫn lỗi hãy tải lại trang Điển hình. (Chi tiết: ${error.detail})`;
  }
};
