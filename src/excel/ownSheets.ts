/// <reference types="office-js" />
/**
 * The sheets the add-in writes into the open workbook, and only those: each is marked with the
 * defined name of its role (core/ownOutput/ownSheets.ts, the same mark the .xlsx writers put in
 * files), so that running again replaces the add-in's own earlier sheet of that role, never a
 * sheet the user made, and the add-in never reads its own output as a unit's list. A user's sheet
 * that has the name the output wants is left alone: the output takes a free name ("Danh sách (2)").
 */
import { chooseSheetNameAmong } from "../core/layout/sheetNames";
import type { Layout } from "../core/layout/types";
import { collectOwnSheets, OWN_SHEET_NAMES, type OwnSheet, type OwnSheetRole } from "../core/ownOutput/ownSheets";
import { detectExcelFeatures, type ExcelFeatures } from "./runInExcel";
import { syncPieces, writePiece } from "./syncInParts";
import { planLayoutContent } from "./writeLayoutSheet";
import { ACTION_BYTES } from "./requestSize";

/**
 * The name a role's sheet wants in the open workbook where it differs from its layout's: the list
 * appendix ("Danh sách" in its own file) sits there beside the consolidation's "Danh sách".
 */
const NAME_IN_WORKBOOK: Partial<Record<OwnSheetRole, string>> = { "list-appendix": "Phụ lục danh sách" };

interface WorkbookState {
  sheets: string[];
  own: OwnSheet[];
  /** Every defined name of the workbook, in lower case: a mark whose sheet is gone is still one. */
  names: Set<string>;
}

/** Queues the loads of the sheets and the marks; read them with `takeWorkbookState` after one sync. */
function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/value");
  return () => {
    const sheets = worksheets.items.map((ws) => ws.name);
    const marks = names.items.map((item) => ({ name: item.name, reference: typeof item.value === "string" ? item.value : "" }));
    return { sheets, own: collectOwnSheets(marks, sheets), names: new Set(marks.map((m) => m.name.toLowerCase())) };
  };
}

/** The sheets of the open workbook the add-in wrote, with their roles (one sync). */
export async function readOwnSheets(context: Excel.RequestContext): Promise<OwnSheet[]> {
  const state = queueWorkbookState(context);
  await context.sync();
  return state().own;
}

/** Where each layout goes: its new sheet's name, and the add-in's earlier sheet of its role it replaces. */
export interface OwnSheetPlan {
  layout: Layout;
  name: string;
  replaces: string | null;
}

/**
 * Names for the sheets to write: each role's earlier sheet is replaced (its name is free again),
 * every other sheet — the user's, and the add-in's sheets of other roles — keeps its name, and a
 * layout whose name is taken gets the next free one. Pure, so it is tested without a host.
 */
export function planOwnSheets(layouts: readonly Layout[], sheetNames: readonly string[], own: readonly OwnSheet[]): OwnSheetPlan[] {
  const earlier = new Map(own.map((o) => [o.role, o.sheet]));
  const replaced = new Set(layouts.map((l) => earlier.get(l.role)).filter((s): s is string => s !== undefined));
  const taken = sheetNames.filter((n) => !replaced.has(n));
  return layouts.map((layout) => {
    const name = chooseSheetNameAmong(taken, NAME_IN_WORKBOOK[layout.role] ?? layout.sheetName);
    taken.push(name);
    return { layout, name, replaces: earlier.get(layout.role) ?? null };
  });
}

/**
 * Writes `layouts` as sheets of the open workbook, each marked with its role; an earlier sheet of
 * the same role written by the add-in is replaced in its place; nothing else is touched. Shows the
 * first sheet written. Returns the names the sheets took. Two syncs, then one per sheet on desktop
 * (a sheet's content is one request); on Excel on the web a sheet's content takes as many syncs
 * of at most ~4 MB as its bytes need (writeLayoutSheet.ts).
 */
export async function writeOwnSheets(context: Excel.RequestContext, layouts: readonly Layout[], features: ExcelFeatures = detectExcelFeatures()): Promise<string[]> {
  const readState = queueWorkbookState(context);
  await context.sync();
  const state = readState();
  const plan = planOwnSheets(layouts, state.sheets, state.own);
  const { worksheets, names } = context.workbook;
  const stamp = Date.now() % 100000;
  // New sheets first, under temporary names: Excel will not delete a workbook's only visible sheet.
  const added = plan.map((p, i) => ({ ...p, sheet: worksheets.add(`~dienhinh-${stamp}-${i}`) }));
  for (const p of added) {
    const mark = OWN_SHEET_NAMES[p.layout.role];
    // The earlier mark goes with its sheet; a mark left pointing at nothing (its sheet deleted by hand) goes too.
    if (state.names.has(mark.toLowerCase())) names.getItem(mark).delete();
    if (p.replaces !== null) {
      worksheets.getItem(p.replaces).delete();
      p.sheet.position = Math.max(0, state.sheets.indexOf(p.replaces));
    }
  }
  for (const p of added) {
    p.sheet.name = p.name;
    names.add(OWN_SHEET_NAMES[p.layout.role], p.sheet.getRange("A1"));
  }
  await context.sync();
  for (const p of added) await syncPieces(context, planLayoutContent(p.sheet, p.name, p.layout, features), features.requestLimit);
  const first = added[0];
  await syncPieces(context, first ? [writePiece(ACTION_BYTES, () => first.sheet.activate())] : [], features.requestLimit);
  return plan.map((p) => p.name);
}
