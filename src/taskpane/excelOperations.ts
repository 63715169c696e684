/// <reference types="office-js" />
/**
 * The pane's operations inside Excel, over the adapter in src/excel (each call one Excel.run).
 * Checking marks the active sheet; consolidation and appendices are written as new sheets.
 */
import { checkWorkbook } from "../core/check/checkWorkbook";
import type { CheckReport } from "../core/check/report";
import { consolidateReports } from "../core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../core/consolidate/consolidationLayouts";
import type { SkippedInput } from "../core/consolidate/types";
import type { Plan } from "../core/plan/schema";
import { createExcelOperations, type ExcelOperations } from "../excel/excelOperations";
import { buildAppendixLayout } from "./appendixLayout";
import { readPickedWorkbook } from "./browserOperations";
import { PaneError, type PaneOperations } from "./operations";

export const PLAN_SETTING_KEY = "dienhinh.planId";

/** The document's settings where the host has them (they travel with the workbook). */
export interface PlanSettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

function findDocumentSettings(): PlanSettingsStore | null {
  if (typeof Office === "undefined") return null;
  return Office.context?.document?.settings ?? null;
}

export function createExcelPaneOperations(
  excel: ExcelOperations = createExcelOperations(),
  settings: PlanSettingsStore | null = findDocumentSettings(),
): PaneOperations {
  return {
    mode: "excel",

    async checkActive(plan: Plan): Promise<CheckReport> {
      const sheet = await excel.readActiveSheet();
      const report = checkWorkbook({ file: sheet.name, sheets: [sheet] }, plan);
      const findings = report.sheets.flatMap((s) => s.findings);
      // markFindings replaces this sheet's earlier marks itself (also when there are none now).
      await excel.markFindings(sheet.name, findings);
      return report;
    },

    clearMarks: () => excel.clearMarks(),

    async selectFinding(finding) {
      const address = finding.cell ?? (finding.row !== undefined ? `A${finding.row}` : null);
      if (!address) return;
      await excel.selectCell(finding.sheet, address);
    },

    async consolidate(plan, files) {
      const reports: CheckReport[] = [];
      const unreadable: SkippedInput[] = [];
      if (files && files.length > 0) {
        for (const file of files) {
          try {
            reports.push(checkWorkbook(await readPickedWorkbook(file), plan));
          } catch (error) {
            if (!(error instanceof PaneError)) throw error;
            unreadable.push({ file: file.name, sheet: null, reason: error.message });
          }
        }
      } else {
        // Without files, the units' lists are the sheets of the open workbook.
        reports.push(checkWorkbook(await excel.readWorkbook("Sổ làm việc đang mở"), plan));
      }
      const consolidation = consolidateReports(plan, reports, unreadable);
      if (consolidation.entries.length === 0) throw new PaneError("Không đọc được đề nghị nào để tổng hợp; hãy chọn các tệp .xlsx của đơn vị.");
      for (const layout of buildConsolidationLayouts(consolidation, plan)) await excel.writeLayoutSheet(layout, true);
      return { consolidation };
    },

    async writeAppendix(plan, kind, data) {
      await excel.writeLayoutSheet(buildAppendixLayout(plan, kind, data), true);
      return {};
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
  };
}
