/**
 * The pane's operations in a plain browser tab (no Excel, or Excel in Internet Explorer): the
 * user picks or drops files, their handles go to the pane's engine (a Web Worker), which reads,
 * checks and consolidates them as the command does and builds each download with exceljs. The
 * page only hands the files over and shows what comes back.
 */
import type { CheckReport } from "../core/check/report";
import type { Consolidation } from "../core/consolidate/types";
import type { WorkbookValues } from "../core/model";
import type { Plan } from "../core/plan/schema";
import { describeWorkflowError } from "../workflows/workflowErrors";
import { createInProcessEngineClient, type EngineClient } from "./worker/engineClient";
import { describeEngineFault, type AppendixInput, type EngineError, type EngineKind, type EngineResult, type EngineRunOptions, type EngineValues } from "./worker/protocol";
import { PaneError, XLSX_MIME, type CheckFilesResult, type ConsolidationView, type PaneCheckReport, type PaneOperations, type PaneRunOptions } from "./operations";
import { parseSavedUnitsRegistry } from "./workflowResults";

/** A picked file read as the engine reads it (the reader is loaded on demand: it is not part of the pane's first load). */
export const readPickedWorkbook = async (file: File): Promise<WorkbookValues> => (await import("./pickedFiles.js")).readPickedWorkbook(file);

export const PLAN_STORAGE_KEY = "dienhinh.planId";
export const UNITS_REGISTRY_STORAGE_KEY = "dienhinh.unitsRegistry";

function readStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // Some browsers throw on access when storage is blocked.
  }
}

/** "Xa_Hoa_Binh.xlsx" → "Xa_Hoa_Binh - kiem tra.xlsx", as the demo names its marked copies. */
export const markedCopyName = (file: string): string => `${file.replace(/\.[^.]*$/, "")} - kiem tra.xlsx`;

const NO_FILE = "Chưa chọn tệp: hãy chọn hoặc kéo thả một tệp .xlsx của đơn vị.";

/** The engine's failure as the sentence the pane shows; a stop asked for is marked as such. */
export function toPaneError(error: EngineError): PaneError {
  if (error.code !== "workflow") return new PaneError(describeEngineFault(error));
  return new PaneError(describeWorkflowError(error.error), { cancelled: error.error.code === "cancelled" });
}

const valueOf = <K extends EngineKind>(result: EngineResult<K>): EngineValues[K] => {
  if (!result.ok) throw toPaneError(result.error);
  return result.value;
};

const engineOptions = (options: PaneRunOptions): EngineRunOptions => ({
  ...(options.units ? { units: options.units } : {}),
  ...(options.year !== undefined ? { year: options.year } : {}),
  ...(options.unit ? { unit: options.unit } : {}),
});

const control = (options: PaneRunOptions) => ({
  ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  ...(options.signal ? { signal: options.signal } : {}),
});

/** A consolidation that kept its rows (from a host other than this pane's engine). */
const isWholeConsolidation = (c: ConsolidationView): c is Consolidation => "entries" in c && Array.isArray(c.entries);

/** A report that kept its nominations (asked for with `full`). */
const isWholeReport = (report: PaneCheckReport | CheckReport): report is CheckReport => report.sheets.every((s) => "nominations" in s);

const toBlob = (bytes: ArrayBuffer): Blob => new Blob([bytes], { type: XLSX_MIME });

export interface BrowserOperationsOptions {
  /** Where the work is done: the pane's worker (index.tsx), or by default the engine on the page. */
  engine?: EngineClient;
  /** Consolidations come back with their rows (the Sheets sidebar writes an appendix sheet from them). */
  withRows?: boolean;
}

export function createBrowserOperations({ engine = createInProcessEngineClient(), withRows = false }: BrowserOperationsOptions = {}): PaneOperations {
  let lastFile: File | null = null;
  /** The engine's run that made each consolidation shown: an appendix is made from what the engine kept of it. */
  const runs = new WeakMap<ConsolidationView, number>();

  const appendixInput = (data: Parameters<PaneOperations["writeAppendix"]>[2], kind: "plan" | "list"): AppendixInput => {
    if (data?.from && data.from.length > 0) return { from: "files" };
    const consolidation = data?.consolidation;
    if (!consolidation) return { from: "none" };
    const run = runs.get(consolidation);
    if (run !== undefined) return { from: "held", run };
    if (isWholeConsolidation(consolidation)) return { from: "consolidation", consolidation };
    // A consolidation without its rows, from elsewhere: its numbers serve the plan's table, not a list.
    if (kind === "list") throw toPaneError({ code: "result-gone" });
    return { from: "consolidation", consolidation: { ...consolidation, entries: [] } };
  };

  return {
    mode: "browser",

    async checkActive(plan, files, options = {}) {
      const file = files?.[0] ?? lastFile;
      if (!file) throw new PaneError(NO_FILE);
      lastFile = file;
      const { checked, failed } = valueOf(await engine.run({ kind: "check", plan, files: [file], options: engineOptions(options), full: true }, control(options)));
      const report = checked[0]?.report;
      if (report && isWholeReport(report)) return report;
      const [problem] = failed;
      throw new PaneError(problem ? describeWorkflowError(problem.error) : NO_FILE);
    },

    async checkFiles(plan, files, options = {}): Promise<CheckFilesResult> {
      if (files.length === 0) throw new PaneError(NO_FILE);
      lastFile = files[0] ?? null;
      const { checked, failed } = valueOf(await engine.run({ kind: "check", plan, files, options: engineOptions(options), full: false }, control(options)));
      return {
        checked: checked.map((c) => ({
          file: c.file,
          report: c.report,
          ...(c.markable
            ? {
                fileName: markedCopyName(c.file),
                makeDownload: async () => toBlob(valueOf(await engine.run({ kind: "markedCopy", plan, index: c.index })).bytes),
              }
            : {}),
        })),
        failed: failed.map((f) => ({ file: f.file, message: describeWorkflowError(f.error) })),
      };
    },

    async clearMarks() {
      // Nothing is marked in browser mode: results are a separate download.
    },

    async selectFinding() {
      // No sheet to move to in browser mode; the list itself shows the row and cell.
    },

    async consolidate(plan, files, options: PaneRunOptions = {}) {
      if (!files || files.length === 0) throw new PaneError("Chưa chọn tệp: hãy chọn hoặc kéo thả các tệp .xlsx của đơn vị cần tổng hợp.");
      const value = valueOf(await engine.run({ kind: "consolidate", plan, files, options: engineOptions(options), ...(withRows ? { withRows } : {}) }, control(options)));
      runs.set(value.view, value.run);
      return { consolidation: value.view, sources: value.sources, read: value.read, download: toBlob(value.bytes), fileName: `Tong_hop_${plan.id}.xlsx` };
    },

    async writeAppendix(plan, kind, data, options: PaneRunOptions = {}) {
      const input = appendixInput(data, kind);
      const request = { kind, ...(data?.groupBy ? { groupBy: data.groupBy } : {}) };
      const value = valueOf(await engine.run({ kind: "appendix", plan, request, input, options: engineOptions(options), ...(withRows ? { withRows } : {}), files: input.from === "files" ? (data?.from ?? []) : [] }, control(options)));
      return {
        download: toBlob(value.bytes),
        fileName: `Phu_luc_${kind === "plan" ? "ke_hoach" : "danh_sach"}_${plan.id}.xlsx`,
        ...(value.view ? { consolidation: value.view } : {}),
      };
    },

    loadSavedPlanId() {
      return readStorage()?.getItem(PLAN_STORAGE_KEY) ?? null;
    },

    savePlanId(id) {
      readStorage()?.setItem(PLAN_STORAGE_KEY, id);
    },

    async readUnitsRegistry(plan: Plan, file) {
      if (!file) throw new PaneError("Chưa chọn tệp danh sách đơn vị: hãy chọn tệp .xlsx có cột Tên đơn vị, Loại đơn vị, Số CBCCVC.");
      return valueOf(await engine.run({ kind: "readRegistry", plan, files: [file] }));
    },

    loadSavedUnitsRegistry() {
      return parseSavedUnitsRegistry(readStorage()?.getItem(UNITS_REGISTRY_STORAGE_KEY) ?? null);
    },

    saveUnitsRegistry(registry) {
      const storage = readStorage();
      try {
        if (registry) storage?.setItem(UNITS_REGISTRY_STORAGE_KEY, JSON.stringify(registry));
        else storage?.removeItem(UNITS_REGISTRY_STORAGE_KEY);
      } catch {
        // A registry too large for the browser's storage is used now and chosen again next time.
      }
    },

    forgetResults() {
      void engine.run({ kind: "forget" });
    },

    prepare() {
      engine.prepare();
    },
  };
}
