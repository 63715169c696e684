/**
 * The pane's third PaneOperations: inside Google Sheets, over the add-on's server (src/sheets/server)
 * through `google.script.run`. Kiểm tra marks the active sheet, Tổng hợp writes result sheets into
 * the spreadsheet, and the appendix is an .xlsx built here by the same writer as the browser mode
 * (A4, NĐ 30/2020: Sheets cannot set paper, margins or print titles), and if wanted also a sheet.
 * Files picked in the sidebar are consolidated here, in the page, as the browser mode does.
 */
import type { CheckReport } from "../../core/check/report";
import type { Consolidation } from "../../core/consolidate/types";
import type { Layout } from "../../core/layout/types";
import type { Plan } from "../../core/plan/schema";
import { buildAppendixLayout } from "../../taskpane/appendixLayout";
import { createBrowserOperations } from "../../taskpane/browserOperations";
import { renderLayoutsToBlob } from "../../taskpane/layoutFiles";
import { PaneError, type AppendixResult, type ConsolidateResult, type PaneOperations } from "../../taskpane/operations";
import type { SheetsSettings } from "../server/documentSettings";
import type { SidebarAnswer } from "../server/server";
import type { CallServer, ServerFunction } from "./callServer";

/** The appendix last made, so the sidebar can also write it as a sheet when the officer wants it. */
export interface AppendixSheets {
  lastLayout(): Layout | null;
  onAppendix(listener: (layout: Layout | null) => void): () => void;
  writeAsSheet(): Promise<string>;
}

export function createSheetsOperations(callServer: CallServer, settings: SheetsSettings): PaneOperations & { appendixSheets: AppendixSheets } {
  /** A sidebar call's value; its failure sentence becomes the pane's own error, shown as it is. */
  const ask = async <T>(name: ServerFunction, ...args: unknown[]): Promise<T> => {
    const answer = await callServer<SidebarAnswer<T>>(name, ...args);
    if (!answer.ok) throw new PaneError(answer.message);
    return answer.value;
  };
  const inPage = createBrowserOperations();
  let planId = settings.planId;
  let last: Layout | null = null;
  const listeners = new Set<(layout: Layout | null) => void>();
  const setLast = (layout: Layout | null): void => {
    last = layout;
    for (const l of listeners) l(layout);
  };
  const options = settings.registry ? { units: settings.registry.units } : {};

  return {
    mode: "sheets",

    checkActive: (plan: Plan): Promise<CheckReport> => ask<CheckReport>("sidebarCheck", { plan, options }),

    async clearMarks() {
      await ask<null>("sidebarClearMarks");
    },

    async selectFinding(finding) {
      const cell = finding.cell ?? (finding.row !== undefined ? `A${finding.row}` : null);
      if (cell) await callServer<void>("sidebarSelectCell", finding.sheet, cell);
    },

    async consolidate(plan, files): Promise<ConsolidateResult> {
      setLast(null);
      if (files && files.length > 0) return inPage.consolidate(plan, files);
      const { consolidation } = await ask<{ consolidation: Consolidation; sheets: string[] }>("sidebarConsolidate", { plan, options });
      return { consolidation };
    },

    async writeAppendix(plan, kind, data): Promise<AppendixResult> {
      const layout = buildAppendixLayout(plan, kind, data);
      const download = await renderLayoutsToBlob([layout]);
      setLast(layout);
      return { download, fileName: `Phu_luc_${kind === "plan" ? "ke_hoach" : "danh_sach"}_${plan.id}.xlsx` };
    },

    loadSavedPlanId: () => planId,

    savePlanId(id) {
      planId = id;
      // Remembered with the spreadsheet; a failure to remember costs nothing now.
      callServer<void>("savePlanChoice", id).catch(() => undefined);
    },

    appendixSheets: {
      lastLayout: () => last,
      onAppendix(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      writeAsSheet() {
        if (!last) return Promise.reject(new PaneError("Chưa tạo phụ lục: hãy bấm Tạo phụ lục trước."));
        return ask<string>("sidebarWriteSheet", last);
      },
    },
  };
}
