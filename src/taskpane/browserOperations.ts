/**
 * The pane's operations in a plain browser tab (no Excel, or Excel in Internet Explorer): the
 * user picks or drops .xlsx files, results come back as downloads built with exceljs.
 */
import { checkWorkbook } from "../core/check/checkWorkbook";
import { ownReportTexts } from "../core/check/ownReportTexts";
import type { CheckReport } from "../core/check/report";
import { consolidateReports } from "../core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../core/consolidate/consolidationLayouts";
import type { SkippedInput } from "../core/consolidate/types";
import type { WorkbookValues } from "../core/model";
import type { Plan } from "../core/plan/schema";
import { readWorkbookBytes } from "../xlsx/readWorkbook";
import { buildAppendixLayout } from "./appendixLayout";
import { readFileBytes, renderLayoutsToBlob } from "./layoutFiles";
import { PaneError, type AppendixData, type AppendixKind, type AppendixResult, type ConsolidateResult, type PaneOperations } from "./operations";

export const PLAN_STORAGE_KEY = "dienhinh.planId";

/** Reads a picked file; a file exceljs cannot open becomes one Vietnamese sentence. */
export async function readPickedWorkbook(file: File): Promise<WorkbookValues> {
  if (!/\.xlsx$/i.test(file.name)) throw new PaneError(`Tệp "${file.name}" không phải .xlsx; hãy lưu lại bằng Excel dưới dạng Sổ làm việc Excel (.xlsx).`);
  try {
    return await readWorkbookBytes(await readFileBytes(file), file.name);
  } catch (error) {
    throw new PaneError(`Không đọc được tệp "${file.name}": tệp hỏng hoặc không phải .xlsx.`, { cause: error });
  }
}

function readStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // Some browsers throw on access when storage is blocked.
  }
}

export function createBrowserOperations(): PaneOperations {
  let lastFile: File | null = null;

  const checkFiles = async (plan: Plan, files: readonly File[]): Promise<{ reports: CheckReport[]; unreadable: SkippedInput[] }> => {
    const reports: CheckReport[] = [];
    const unreadable: SkippedInput[] = [];
    for (const file of files) {
      try {
        // Held until every file is read: its texts must not keep the file's whole XML alive.
        const report = ownReportTexts(checkWorkbook(await readPickedWorkbook(file), plan));
        reports.push(report);
        if (report.sheets.length === 0 && report.skippedSheets.length === 0) unreadable.push({ file: file.name, sheet: null, reason: "tệp không có trang tính nào" });
      } catch (error) {
        if (!(error instanceof PaneError)) throw error;
        unreadable.push({ file: file.name, sheet: null, reason: error.message });
      }
    }
    return { reports, unreadable };
  };

  return {
    mode: "browser",

    async checkActive(plan, files) {
      const file = files?.[0] ?? lastFile;
      if (!file) throw new PaneError("Chưa chọn tệp: hãy chọn hoặc kéo thả một tệp .xlsx của đơn vị.");
      lastFile = file;
      return checkWorkbook(await readPickedWorkbook(file), plan);
    },

    async clearMarks() {
      // Nothing is marked in browser mode: results are a separate download.
    },

    async selectFinding() {
      // No sheet to move to in browser mode; the list itself shows the row and cell.
    },

    async consolidate(plan, files): Promise<ConsolidateResult> {
      if (!files || files.length === 0) throw new PaneError("Chưa chọn tệp: hãy chọn hoặc kéo thả các tệp .xlsx của đơn vị cần tổng hợp.");
      const { reports, unreadable } = await checkFiles(plan, files);
      const consolidation = consolidateReports(plan, reports, unreadable);
      if (consolidation.entries.length === 0 && reports.every((r) => r.sheets.length === 0)) {
        const reasons = consolidation.skipped.map((s) => `${s.file}${s.sheet ? ` / ${s.sheet}` : ""}: ${s.reason}`).join("; ");
        throw new PaneError(`Không đọc được danh sách nào từ ${files.length} tệp (${reasons}).`);
      }
      const download = await renderLayoutsToBlob(buildConsolidationLayouts(consolidation, plan));
      return { consolidation, download, fileName: `Tong_hop_${plan.id}.xlsx` };
    },

    async writeAppendix(plan: Plan, kind: AppendixKind, data?: AppendixData): Promise<AppendixResult> {
      const layout = buildAppendixLayout(plan, kind, data);
      return { download: await renderLayoutsToBlob([layout]), fileName: `Phu_luc_${kind === "plan" ? "ke_hoach" : "danh_sach"}_${plan.id}.xlsx` };
    },

    loadSavedPlanId() {
      return readStorage()?.getItem(PLAN_STORAGE_KEY) ?? null;
    },

    savePlanId(id) {
      readStorage()?.setItem(PLAN_STORAGE_KEY, id);
    },
  };
}
