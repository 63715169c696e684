/**
 * The pane's operations in a plain browser tab (no Excel, or Excel in Internet Explorer): the
 * user picks or drops files, the workflows read, check and consolidate them as the command does,
 * and results come back as downloads built with exceljs.
 */
import type { Plan } from "../core/plan/schema";
import { buildAppendix } from "../workflows/appendix";
import { buildCheckResultSheet, checkSource, checkSources, toSingleResult } from "../workflows/checkSources";
import { consolidateSources, consolidationSheets } from "../workflows/consolidateSources";
import { readUnitsRegistrySource } from "../workflows/unitsRegistry";
import { describeWorkflowError } from "../workflows/workflowErrors";
import { annotateWorkbookBytes } from "../xlsx/annotateWorkbook";
import { readFileBytes, renderLayoutsToBlob } from "./layoutFiles";
import { PaneError, XLSX_MIME, type CheckedFile, type CheckFilesResult, type PaneOperations, type PaneRunOptions } from "./operations";
import { parseSavedUnitsRegistry, valueOrThrow } from "./workflowResults";
import { isCsvName, pickedFileSource } from "./pickedFiles";

export { readPickedWorkbook } from "./pickedFiles";

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

/** The marked copy of a picked workbook: the unit's own file with its failing cells filled and the results sheet. */
async function makeMarkedCopy(file: File, checked: CheckedFile, plan: Plan): Promise<CheckedFile> {
  // A CSV has no cells to mark (the command refuses --out for one too).
  if (isCsvName(file.name)) return checked;
  const bytes = await annotateWorkbookBytes(await readFileBytes(file), checked.report, buildCheckResultSheet(checked.report, plan));
  return { ...checked, download: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), fileName: markedCopyName(file.name) };
}

const NO_FILE = "Chưa chọn tệp: hãy chọn hoặc kéo thả một tệp .xlsx của đơn vị.";

export function createBrowserOperations(): PaneOperations {
  let lastFile: File | null = null;

  return {
    mode: "browser",

    async checkActive(plan, files, options = {}) {
      const file = files?.[0] ?? lastFile;
      if (!file) throw new PaneError(NO_FILE);
      lastFile = file;
      return valueOrThrow(await checkSource(plan, pickedFileSource(file), options));
    },

    async checkFiles(plan, files, options = {}): Promise<CheckFilesResult> {
      if (files.length === 0) throw new PaneError(NO_FILE);
      lastFile = files[0] ?? null;
      const checks = valueOrThrow(await checkSources(plan, files.map(pickedFileSource), options));
      const result: CheckFilesResult = { checked: [], failed: [] };
      for (const [i, check] of checks.entries()) {
        const file = files[i];
        const single = toSingleResult(check);
        if (!single.ok) result.failed.push({ file: check.source, message: describeWorkflowError(single.error) });
        else if (file) result.checked.push(await makeMarkedCopy(file, { file: check.source, report: single.value }, plan));
      }
      return result;
    },

    async clearMarks() {
      // Nothing is marked in browser mode: results are a separate download.
    },

    async selectFinding() {
      // No sheet to move to in browser mode; the list itself shows the row and cell.
    },

    async consolidate(plan, files, options: PaneRunOptions = {}) {
      if (!files || files.length === 0) throw new PaneError("Chưa chọn tệp: hãy chọn hoặc kéo thả các tệp .xlsx của đơn vị cần tổng hợp.");
      const { consolidation } = valueOrThrow(await consolidateSources(plan, files.map(pickedFileSource), options));
      const download = await renderLayoutsToBlob(consolidationSheets(consolidation, plan).map((make) => make()));
      return { consolidation, download, fileName: `Tong_hop_${plan.id}.xlsx` };
    },

    async writeAppendix(plan, kind, data) {
      const layout = valueOrThrow(buildAppendix(plan, { kind, ...(data?.groupBy ? { groupBy: data.groupBy } : {}) }, data?.consolidation ?? null));
      return { download: await renderLayoutsToBlob([layout]), fileName: `Phu_luc_${kind === "plan" ? "ke_hoach" : "danh_sach"}_${plan.id}.xlsx` };
    },

    loadSavedPlanId() {
      return readStorage()?.getItem(PLAN_STORAGE_KEY) ?? null;
    },

    savePlanId(id) {
      readStorage()?.setItem(PLAN_STORAGE_KEY, id);
    },

    async readUnitsRegistry(plan, file) {
      if (!file) throw new PaneError("Chưa chọn tệp danh sách đơn vị: hãy chọn tệp .xlsx có cột Tên đơn vị, Loại đơn vị, Số CBCCVC.");
      const registry = valueOrThrow(await readUnitsRegistrySource(plan, pickedFileSource(file)));
      return { source: registry.source, sheet: registry.sheet };
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
  };
}
