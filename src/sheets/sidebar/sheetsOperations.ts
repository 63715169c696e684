/**
 * The pane's third PaneOperations: inside Google Sheets, over the add-on's server (src/sheets/server)
 * through `google.script.run`. Kiểm tra marks the active sheet, Tổng hợp writes result sheets into
 * the spreadsheet. The appendix is the browser mode's .xlsx download, made in the page by the same
 * writer (A4, NĐ 30/2020: Sheets cannot set paper, margins or print titles); the officer may also
 * have it written as a sheet, which the server lays out from the same request. Files picked in the
 * sidebar (units' lists, a units registry) are read in the page, as the browser mode does.
 */
import type { CheckReport } from "../../core/check/report";
import type { Consolidation } from "../../core/consolidate/types";
import type { Plan } from "../../core/plan/schema";
import { createBrowserOperations } from "../../taskpane/browserOperations";
import { PaneError, type AppendixResult, type ConsolidationView, type ConsolidateResult, type PaneOperations, type PaneRunOptions, type SavedUnitsRegistry } from "../../taskpane/operations";
import type { SheetsSettings } from "../server/documentSettings";
import type { SidebarAnswer, SidebarAppendixRequest } from "../server/server";
import type { CallServer, ServerFunction } from "./callServer";

/** What the summary names as the source of a consolidation of the spreadsheet's own tabs. */
export const OPEN_SPREADSHEET = "Bảng tính đang mở";

/** The appendix last made, so the sidebar can also write it as a sheet when the officer wants it. */
export interface AppendixSheets {
  hasAppendix(): boolean;
  onAppendix(listener: (made: boolean) => void): () => void;
  writeAsSheet(): Promise<string>;
}

/** Every consolidation this sidebar holds is whole (the server's, or the page engine's asked `withRows`). */
const wholeOrNull = (c: ConsolidationView | undefined): Consolidation | null => (c && "entries" in c && Array.isArray(c.entries) ? (c as Consolidation) : null);

export function createSheetsOperations(callServer: CallServer, settings: SheetsSettings): PaneOperations & { appendixSheets: AppendixSheets } {
  /** A sidebar call's value; its failure sentence becomes the pane's own error, shown as it is. */
  const ask = async <T>(name: ServerFunction, ...args: unknown[]): Promise<T> => {
    const answer = await callServer<SidebarAnswer<T>>(name, ...args);
    if (!answer.ok) throw new PaneError(answer.message);
    return answer.value;
  };
  // Its engine on the page keeps each consolidation's rows: an appendix sheet's list is made from them.
  const inPage = createBrowserOperations({ withRows: true });
  let planId = settings.planId;
  let registry: SavedUnitsRegistry | null = settings.registry;
  let last: SidebarAppendixRequest | null = null;
  const listeners = new Set<(made: boolean) => void>();
  const setLast = (request: SidebarAppendixRequest | null): void => {
    last = request;
    for (const l of listeners) l(request !== null);
  };
  /** The registry, year and unit as the pane gives them (the server falls back on the remembered registry). */
  const optionsOf = (given: PaneRunOptions | undefined) => ({
    ...(given?.units ? { units: [...given.units] } : {}),
    ...(given?.year ? { year: given.year } : {}),
    ...(given?.unit ? { unit: given.unit } : {}),
  });

  return {
    mode: "sheets",

    checkActive: (plan: Plan, _files?: readonly File[], given?: PaneRunOptions): Promise<CheckReport> => ask<CheckReport>("sidebarCheck", { plan, options: optionsOf(given) }),

    async clearMarks() {
      await ask<null>("sidebarClearMarks");
    },

    async selectFinding(finding) {
      const cell = finding.cell ?? (finding.row !== undefined ? `A${finding.row}` : null);
      if (cell) await callServer<void>("sidebarSelectCell", finding.sheet, cell);
    },

    async consolidate(plan, files, given): Promise<ConsolidateResult> {
      setLast(null);
      if (files && files.length > 0) return inPage.consolidate(plan, files, given);
      const { consolidation, sheets } = await ask<{ consolidation: Consolidation; sheets: string[] }>("sidebarConsolidate", { plan, options: optionsOf(given) });
      return { consolidation, sheets, openWorkbook: OPEN_SPREADSHEET };
    },

    async writeAppendix(plan, kind, data): Promise<AppendixResult> {
      setLast(null);
      const result = await inPage.writeAppendix(plan, kind, data);
      setLast({ plan, appendix: { kind, ...(data?.groupBy ? { groupBy: data.groupBy } : {}) }, consolidation: wholeOrNull(result.consolidation ?? data?.consolidation) });
      return result;
    },

    loadSavedPlanId: () => planId,

    savePlanId(id) {
      planId = id;
      // Remembered with the spreadsheet; a failure to remember costs nothing now.
      callServer<void>("savePlanChoice", id).catch(() => undefined);
    },

    /** A picked file is read in the page; without one, the registry is a tab of the spreadsheet. */
    readUnitsRegistry: (plan: Plan, file?: File): Promise<SavedUnitsRegistry> =>
      file && inPage.readUnitsRegistry ? inPage.readUnitsRegistry(plan, file) : ask<SavedUnitsRegistry>("sidebarFindRegistry", plan),

    loadSavedUnitsRegistry: () => registry,

    saveUnitsRegistry(chosen) {
      registry = chosen;
      callServer<void>("saveRegistryChoice", chosen).catch(() => undefined);
    },

    appendixSheets: {
      hasAppendix: () => last !== null,
      onAppendix(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      writeAsSheet() {
        if (!last) return Promise.reject(new PaneError("Chưa tạo phụ lục: hãy bấm Tạo phụ lục trước."));
        return ask<string>("sidebarWriteAppendix", last);
      },
    },
  };
}
