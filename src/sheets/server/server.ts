/**
 * The add-on's server: every function Apps Script calls (the menu, the sidebar through
 * `google.script.run`, a user's own script), over the host's services. Results cross to the
 * sidebar as plain JSON; a failure is one Vietnamese sentence (SheetsUserError) shown as it is.
 */
import type { CheckReport, UnitInfo } from "../../core/check/report";
import { toCheckJson } from "../../core/check/toCheckJson";
import type { Consolidation } from "../../core/consolidate/types";
import type { SheetValues } from "../../core/model";
import type { OwnSheet } from "../../core/ownOutput/ownSheets";
import type { Plan } from "../../core/plan/schema";
import { parseCellAddress } from "../../excel/addresses";
import { loadSettings, savePlanId, saveRegistry, type SavedRegistry } from "./documentSettings";
import type { SheetsHost, SpreadsheetLike } from "./host";
import { clearSheetMarks, markSheet } from "./markFindings";
import { parseMarkState } from "./markState";
import { MENU, SHEETS_MESSAGES, SheetsUserError } from "./messages";
import { classifySheets } from "./ownSheets";
import { readSheetValues } from "./readSheetValues";
import { checkSheets, consolidateSheets, layOutAppendix, layOutConsolidation, readRegistryUnits, toConsolidationJson, type AppendixRequest, type RunOptions } from "./runUseCases";
import { createCoreDates } from "./sheetDates";
import { fillSettings } from "./sidebarPage";
import { openStateStore } from "./stateSheet";
import { writeLayoutSheet } from "./writeLayoutSheet";

/** What Apps Script passes to onOpen/onInstall; `authMode` is ScriptApp.AuthMode, printed "NONE" before authorisation. */
export interface AddonOpenEvent {
  authMode?: unknown;
}

/** Options the sidebar or a script may give; the remembered registry is used when none is given. */
export interface SheetsRunOptions {
  units?: UnitInfo[];
  year?: number;
  unit?: string;
}

/** Plain JSON, as `google.script.run` carries it (no Date, no undefined). */
const toPlain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * What a sidebar call answers: the value, or the sentence of a failure the user can act on. Sent
 * as data, not thrown, so the sidebar tells it from a fault whatever `google.script.run` makes of errors.
 */
export type SidebarAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

const answer = async <T>(run: () => T | Promise<T>): Promise<SidebarAnswer<T>> => {
  try {
    return { ok: true, value: toPlain(await run()) };
  } catch (e) {
    if (e instanceof SheetsUserError) return { ok: false, message: e.message };
    throw e;
  }
};

/** What the sidebar sends: the plan it holds (built in, or a plan file it validated) and the options. */
export interface SidebarRequest {
  plan: Plan;
  options?: SheetsRunOptions;
}

/** An appendix to write as a sheet: the plan, which appendix, and the consolidation the sidebar holds (if any). */
export interface SidebarAppendixRequest {
  plan: Plan;
  appendix: AppendixRequest;
  consolidation: Consolidation | null;
}

export const SIDEBAR_FILE = "Sidebar";

/** Every function the server offers; scripts/buildSheets.ts makes each a top-level function of Code.js. */
export const SERVER_FUNCTIONS = [
  "onOpen", "onInstall", "showSidebar", "listPlans", "checkActiveSheet", "consolidateWorkbook", "clearMarks",
  "menuCheck", "menuConsolidate", "menuAppendix", "menuClearMarks",
  "sidebarCheck", "sidebarConsolidate", "sidebarWriteAppendix", "sidebarClearMarks", "sidebarSelectCell", "sidebarFindRegistry", "savePlanChoice", "saveRegistryChoice",
] as const;

export type SheetsServer = { [K in (typeof SERVER_FUNCTIONS)[number]]: (...args: never[]) => unknown };

/** "Phụ lục" stays; the list appendix ("Danh sách", as the consolidated list is named) becomes "Phụ lục danh sách". */
export const appendixSheetName = (layoutName: string): string => (/^phụ lục/i.test(layoutName) ? layoutName : `Phụ lục ${layoutName.toLocaleLowerCase("vi")}`);

export function createSheetsServer(host: SheetsHost, plans: readonly Plan[]) {
  const findPlan = (id: unknown): Plan => {
    const plan = plans.find((p) => p.id === id);
    if (!plan) throw new SheetsUserError(SHEETS_MESSAGES.unknownPlan(String(id), plans.map((p) => p.id)));
    return plan;
  };

  /** The options given, else the registry remembered with the spreadsheet, read under `plan`. */
  const runOptions = (plan: Plan, given: SheetsRunOptions | undefined): RunOptions => {
    const saved = given?.units ? null : loadSettings(host.documentProperties()).registry;
    const units = given?.units ?? (saved ? readRegistryUnits(plan, saved.source, saved.sheet) : null);
    return { ...(units ? { units } : {}), ...(given?.year ? { year: given.year } : {}), ...(given?.unit ? { unit: given.unit } : {}) };
  };

  const datesOf = (ss: SpreadsheetLike) => createCoreDates(ss.getSpreadsheetTimeZone(), host.formatDate);

  /** Reads, checks and marks the active sheet; the report is the workflow's. */
  const checkActive = async (plan: Plan, given: SheetsRunOptions | undefined): Promise<CheckReport> => {
    const ss = host.spreadsheet();
    const sheets = classifySheets(ss);
    const active = ss.getActiveSheet();
    const id = active.getSheetId();
    const name = active.getName();
    if (sheets.some((s) => s.name === name && s.role !== null)) throw new SheetsUserError(SHEETS_MESSAGES.ownSheet(name));
    const values = readSheetValues(active, { name, hidden: false }, datesOf(ss));
    const report = await checkSheets({ file: ss.getName(), sheets: [values] }, plan, runOptions(plan, given));
    const store = openStateStore(ss, sheets);
    const state = parseMarkState(store.read());
    const marks = markSheet(active, name, report.sheets.flatMap((s) => s.findings), state.sheets[String(id)]);
    if (marks) state.sheets[String(id)] = marks;
    else delete state.sheets[String(id)];
    store.write(Object.keys(state.sheets).length > 0 ? state : null);
    return report;
  };

  /**
   * The user's tabs (hidden ones included, as a file's would be) consolidated, result sheets written.
   * Our earlier results go to the workflow unread, by their roles: it decides that they are skipped.
   */
  const consolidate = async (plan: Plan, given: SheetsRunOptions | undefined) => {
    const ss = host.spreadsheet();
    const sheets = classifySheets(ss);
    const dates = datesOf(ss);
    const file = ss.getName();
    const values: SheetValues[] = [];
    const ownSheets: OwnSheet[] = [];
    for (const s of sheets) {
      if (s.role === "state") continue;
      if (s.role === null) values.push(readSheetValues(s.sheet, { name: s.name, hidden: s.sheet.isSheetHidden() }, dates));
      else {
        values.push({ name: s.name, rows: [] });
        ownSheets.push({ sheet: s.name, role: s.role });
      }
    }
    const outcome = await consolidateSheets({ file, sheets: values, ...(ownSheets.length > 0 ? { ownSheets } : {}) }, plan, runOptions(plan, given));
    const written = layOutConsolidation(outcome.consolidation, plan).map((layout) => writeLayoutSheet(ss, sheets, layout));
    return { outcome, sheets: written, file };
  };

  const clearAll = (): void => {
    const ss = host.spreadsheet();
    const sheets = classifySheets(ss);
    const store = openStateStore(ss, sheets);
    const state = parseMarkState(store.read());
    const byId = new Map(sheets.filter((s) => s.role === null).map((s) => [String(s.sheet.getSheetId()), s.sheet]));
    for (const [id, marks] of Object.entries(state.sheets)) {
      const sheet = byId.get(id);
      if (sheet) clearSheetMarks(sheet, marks);
    }
    store.write(null);
  };

  const remembered = (): Plan | null => {
    const { planId } = loadSettings(host.documentProperties());
    return plans.find((p) => p.id === planId) ?? null;
  };

  /** A menu command's outcome, or its failure, told in a toast: a failure must reach the user. */
  const fromMenu = async (run: () => string | Promise<string>): Promise<void> => {
    const ss = host.spreadsheet();
    try {
      ss.toast(await run(), MENU.title, 10);
    } catch (e) {
      ss.toast(e instanceof SheetsUserError ? e.message : SHEETS_MESSAGES.failed(e instanceof Error ? e.message : String(e)), MENU.title, 20);
    }
  };

  const showSidebar = (): void => {
    const html = host.html();
    const page = fillSettings(html.createHtmlOutputFromFile(SIDEBAR_FILE).getContent(), loadSettings(host.documentProperties()));
    host.ui().showSidebar(html.createHtmlOutput(page).setTitle(MENU.title));
  };

  const onOpen = (_e?: AddonOpenEvent): void => {
    // Only the menu: before authorisation (authMode NONE) nothing else may be touched.
    host.ui().createAddonMenu()
      .addItem(MENU.sidebar, "showSidebar")
      .addSeparator()
      .addItem(MENU.check, "menuCheck")
      .addItem(MENU.consolidate, "menuConsolidate")
      .addItem(MENU.appendix, "menuAppendix")
      .addItem(MENU.clearMarks, "menuClearMarks")
      .addToUi();
  };

  return {
    onOpen,
    onInstall: (e?: AddonOpenEvent): void => onOpen(e),
    showSidebar,
    listPlans: (): { id: string; title: string }[] => plans.map((p) => ({ id: p.id, title: p.title })),
    /** The same JSON as `dienhinh check --json`, for the active sheet; its failing cells are marked. */
    checkActiveSheet: async (planId: string, options?: SheetsRunOptions) => toPlain(toCheckJson(await checkActive(findPlan(planId), options))),
    /** The same JSON as `dienhinh consolidate --json`; `output` is the spreadsheet, where the result sheets went. */
    consolidateWorkbook: async (planId: string, options?: SheetsRunOptions) => {
      const { outcome, file } = await consolidate(findPlan(planId), options);
      return toPlain(toConsolidationJson(outcome, file));
    },
    clearMarks: (): void => clearAll(),

    menuCheck: (): Promise<void> =>
      fromMenu(async () => {
        const plan = remembered();
        if (!plan) throw new SheetsUserError(SHEETS_MESSAGES.noPlanChosen);
        const report = await checkActive(plan, undefined);
        return SHEETS_MESSAGES.checked(report.sheets[0]?.sheet ?? "", report.summary);
      }),
    menuConsolidate: (): Promise<void> =>
      fromMenu(async () => {
        const plan = remembered();
        if (!plan) throw new SheetsUserError(SHEETS_MESSAGES.noPlanChosen);
        const { outcome, sheets } = await consolidate(plan, undefined);
        const c = outcome.consolidation;
        return SHEETS_MESSAGES.consolidated(c.units.length, c.totals.rows, c.totals.validRows, sheets);
      }),
    /** The appendix is chosen and downloaded in the sidebar. */
    menuAppendix: (): void => showSidebar(),
    menuClearMarks: (): Promise<void> =>
      fromMenu(() => {
        clearAll();
        return SHEETS_MESSAGES.cleared;
      }),

    sidebarCheck: (request: SidebarRequest): Promise<SidebarAnswer<CheckReport>> => answer(() => checkActive(request.plan, request.options)),
    sidebarConsolidate: (request: SidebarRequest): Promise<SidebarAnswer<{ consolidation: Consolidation; sheets: string[] }>> =>
      answer(async () => {
        const { outcome, sheets } = await consolidate(request.plan, request.options);
        return { consolidation: outcome.consolidation, sheets };
      }),
    /** The appendix the sidebar downloaded, written as a sheet of ours beside (never over) the consolidation's. */
    sidebarWriteAppendix: (request: SidebarAppendixRequest): Promise<SidebarAnswer<string>> =>
      answer(() => {
        const appendix = request?.appendix;
        if (typeof appendix !== "object" || appendix === null || (appendix.kind !== "plan" && appendix.kind !== "list")) throw new SheetsUserError(SHEETS_MESSAGES.badAppendix);
        const layout = layOutAppendix(request.plan, appendix, request.consolidation ?? null);
        const ss = host.spreadsheet();
        return writeLayoutSheet(ss, classifySheets(ss), layout, appendixSheetName(layout.sheetName));
      }),
    /** The units registry among the user's tabs (a sheet headed "Tên đơn vị | Loại đơn vị | Số CBCCVC"). */
    sidebarFindRegistry: (plan: Plan): Promise<SidebarAnswer<SavedRegistry>> =>
      answer(() => {
        const ss = host.spreadsheet();
        const dates = datesOf(ss);
        const file = ss.getName();
        for (const s of classifySheets(ss)) {
          if (s.role !== null) continue;
          const sheet = readSheetValues(s.sheet, { name: s.name, hidden: s.sheet.isSheetHidden() }, dates);
          if (readRegistryUnits(plan, file, sheet)) return { source: `${file} / ${s.name}`, sheet };
        }
        throw new SheetsUserError(SHEETS_MESSAGES.noRegistryTab(file));
      }),
    sidebarClearMarks: (): Promise<SidebarAnswer<null>> =>
      answer(() => {
        clearAll();
        return null;
      }),
    /** Shows a finding's cell: the sheet activated, the cell selected. */
    sidebarSelectCell: (sheetName: string, cell: string): void => {
      const sheet = host.spreadsheet().getSheetByName(sheetName);
      const at = parseCellAddress(cell);
      if (!sheet || !at) return;
      sheet.activate();
      sheet.getRange(at.row + 1, at.col + 1, 1, 1).activate();
    },
    savePlanChoice: (planId: string): void => savePlanId(host.documentProperties(), planId),
    saveRegistryChoice: (registry: SavedRegistry | null): void => saveRegistry(host.documentProperties(), registry),
  } satisfies SheetsServer;
}
