/// <reference types="office-js" />
/**
 * The pane's operations inside Excel, over the adapter in src/excel (each call one Excel.run).
 * Checking marks the active sheet; consolidation and appendices are written as sheets of the
 * add-in's own, which never replace or touch a sheet the user made.
 */
import type { Consolidation } from "../core/consolidate/types";
import type { Plan } from "../core/plan/schema";
import { createExcelOperations, type ExcelOperations } from "../excel/excelOperations";
import { appendixFromSources, buildAppendix } from "../workflows/appendix";
import { checkSources } from "../workflows/checkSources";
import { consolidateSources, consolidationSheets } from "../workflows/consolidateSources";
import type { ReadableSource } from "../workflows/sources";
import { findUnitsRegistry, readUnitsRegistrySource } from "../workflows/unitsRegistry";
import { parseSavedUnitsRegistry, toRunOptions, valueOrThrow } from "./workflowResults";
import { PaneError, type AppendixData, type PaneOperations, type PaneRunOptions, type SavedUnitsRegistry } from "./operations";

/** Picked files as sources; the reader (and exceljs behind it) is loaded only when a file is picked. */
const pickedSources = async (files: readonly File[]): Promise<ReadableSource[]> => {
  const { pickedFileSource } = await import("./pickedFiles.js");
  return files.map(pickedFileSource);
};

/** The consolidation an appendix is made from: a whole one, or the numbers of one without its rows (the plan's table only). */
const appendixData = (data: AppendixData | undefined, kind: "plan" | "list"): Consolidation | null => {
  const given = data?.consolidation;
  if (!given) return null;
  if ("entries" in given && Array.isArray(given.entries)) return given as Consolidation;
  if (kind === "list") throw new PaneError("Kết quả tổng hợp này không còn danh sách đề nghị; hãy tổng hợp lại rồi tạo phụ lục danh sách.");
  return { ...given, entries: [] };
};

export const PLAN_SETTING_KEY = "dienhinh.planId";
export const UNITS_REGISTRY_SETTING_KEY = "dienhinh.unitsRegistry";

const STOPPED_BEFORE_WRITING = "Đã dừng theo yêu cầu trước khi ghi các trang tổng hợp; sổ làm việc không bị thay đổi.";
const NO_REGISTRY_FILE = "Chưa chọn tệp danh sách đơn vị: hãy chọn tệp .xlsx có cột Tên đơn vị, Loại đơn vị, Số CBCCVC.";

/** How the open workbook is named as a source (in "Tệp" of the consolidated list, in skip reasons). */
export const OPEN_WORKBOOK = "Sổ làm việc đang mở";

/** The document's settings where the host has them (they travel with the workbook). */
export interface PlanSettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove?(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

function findDocumentSettings(): PlanSettingsStore | null {
  if (typeof Office === "undefined") return null;
  return Office.context?.document?.settings ?? null;
}

/** The open workbook as a source: its sheets the add-in wrote are its own earlier output, never read as lists. */
export const openWorkbookSource = (excel: ExcelOperations): ReadableSource => ({ name: OPEN_WORKBOOK, read: () => excel.readWorkbook(OPEN_WORKBOOK), openWorkbook: true });

export function createExcelPaneOperations(
  excel: ExcelOperations = createExcelOperations(),
  settings: PlanSettingsStore | null = findDocumentSettings(),
): PaneOperations {
  return {
    mode: "excel",

    async checkActive(plan: Plan, _files, options: PaneRunOptions = {}) {
      let sheetName = "";
      const activeSheet: ReadableSource = {
        name: OPEN_WORKBOOK,
        read: async () => {
          const sheet = await excel.readActiveSheet();
          sheetName = sheet.name;
          return { file: sheet.name, sheets: [sheet] };
        },
      };
      const [check] = valueOrThrow(await checkSources(plan, [activeSheet], toRunOptions(options)));
      if (check?.status !== "checked") throw new PaneError("Không đọc được trang tính đang mở; hãy thử lại.");
      // A sheet without a list gets its report too: its skipped reason says why, as before.
      const report = check.report;
      // markFindings replaces this sheet's earlier marks itself (also when there are none now).
      await excel.markFindings(sheetName, report.sheets.flatMap((s) => s.findings));
      return report;
    },

    clearMarks: () => excel.clearMarks(),

    async selectFinding(finding) {
      const address = finding.cell ?? (finding.row !== undefined ? `A${finding.row}` : null);
      if (!address) return;
      await excel.selectCell(finding.sheet, address);
    },

    async consolidate(plan, files, options: PaneRunOptions = {}) {
      // Without files, the units' lists are the sheets of the open workbook.
      const sources = files && files.length > 0 ? await pickedSources(files) : [openWorkbookSource(excel)];
      const { consolidation, read } = valueOrThrow(await consolidateSources(plan, sources, toRunOptions(options)));
      if (options.signal?.aborted) throw new PaneError(STOPPED_BEFORE_WRITING, { cancelled: true });
      options.onProgress?.({ phase: "write", done: sources.length, total: sources.length, current: "" });
      const sheets = await excel.writeOwnSheets(consolidationSheets(consolidation, plan).map((make) => make()));
      return { consolidation, sources: sources.length, read, sheets, ...(files && files.length > 0 ? {} : { openWorkbook: OPEN_WORKBOOK }) };
    },

    async writeAppendix(plan, kind, data, options: PaneRunOptions = {}) {
      const request = { kind, ...(data?.groupBy ? { groupBy: data.groupBy } : {}) };
      if (data?.from && data.from.length > 0) {
        const { layout, outcome } = valueOrThrow(await appendixFromSources(plan, request, await pickedSources(data.from), toRunOptions(options)));
        const [sheet] = await excel.writeOwnSheets([layout]);
        return { ...(sheet === undefined ? {} : { sheet }), ...(outcome ? { consolidation: outcome.consolidation } : {}) };
      }
      const layout = valueOrThrow(buildAppendix(plan, request, appendixData(data, kind)));
      const [sheet] = await excel.writeOwnSheets([layout]);
      return sheet === undefined ? {} : { sheet };
    },

    loadSavedPlanId() {
      const value = settings?.get(PLAN_SETTING_KEY);
      return typeof value === "string" ? value : null;
    },

    savePlanId(id) {
      if (!settings) return;
      settings.set(PLAN_SETTING_KEY, id);
      settings.saveAsync();
    },

    async readUnitsRegistry(plan, file): Promise<SavedUnitsRegistry> {
      if (file) {
        const [source] = await pickedSources([file]);
        if (!source) throw new PaneError(NO_REGISTRY_FILE);
        const registry = valueOrThrow(await readUnitsRegistrySource(plan, source));
        return { source: registry.source, sheet: registry.sheet };
      }
      const registry = findUnitsRegistry(plan, await excel.readWorkbook(OPEN_WORKBOOK));
      if (!registry) {
        throw new PaneError(
          `Sổ làm việc đang mở không có trang danh sách đơn vị (dòng tiêu đề "Tên đơn vị | Loại đơn vị | Số CBCCVC, người lao động"); hãy thêm trang này, hoặc chọn tệp danh sách đơn vị.`,
        );
      }
      return { source: `${OPEN_WORKBOOK}, trang "${registry.sheet.name}"`, sheet: registry.sheet };
    },

    loadSavedUnitsRegistry() {
      return parseSavedUnitsRegistry(settings?.get(UNITS_REGISTRY_SETTING_KEY) ?? null);
    },

    saveUnitsRegistry(registry) {
      if (!settings) return;
      if (registry) settings.set(UNITS_REGISTRY_SETTING_KEY, JSON.stringify(registry));
      else if (settings.remove) settings.remove(UNITS_REGISTRY_SETTING_KEY);
      else settings.set(UNITS_REGISTRY_SETTING_KEY, null);
      settings.saveAsync();
    },
  };
}
