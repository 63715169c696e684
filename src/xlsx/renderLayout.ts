import type { Workbook, Worksheet } from "exceljs";
import type { Layout } from "../core/layout/types";
import { OWN_SHEET_NAMES, parseOwnSheetReference, type OwnSheetRole } from "../core/ownOutput/ownSheets";
import {
  addLayoutPageBreaks,
  addLayoutValidations,
  applyColumnWidths,
  chooseSheetNameAmong,
  isRealMerge,
  LIST_SHEET,
  listSourceFormula,
  makeStyleCache,
  markOwnSheet,
  rowHeightsOf,
  worksheetOptionsOf,
  writeLayoutCell,
} from "./layoutCells";

/**
 * Writes a core Layout into a new worksheet of an in-memory exceljs workbook. Used for the
 * appendices and the consolidation in the browser pane, the check report sheet of an annotated
 * copy, and the tests; the command line writes whole workbooks with the streaming writer
 * (streamLayoutWorkbook.ts). What each cell, row and sheet gets is decided in layoutCells.ts,
 * shared by both.
 */

export { toExcelHeaderFooter, toExcelPageSetup } from "./layoutCells";

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, not already in the workbook. */
export const chooseSheetName = (workbook: Workbook, wanted: string): string =>
  chooseSheetNameAmong(
    workbook.worksheets.map((ws) => ws.name),
    wanted,
  );

/** Where a long or comma-holding list goes: one column of a shared sheet, hidden from view. */
const addListSource = (workbook: Workbook, values: string[]): string => {
  const sheet = workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
  const col = sheet.actualColumnCount + 1;
  values.forEach((v, i) => {
    sheet.getCell(i + 1, col).value = v;
  });
  return listSourceFormula(sheet.getColumn(col).letter, values.length);
};

export interface RenderOptions {
  /**
   * Cells share their style objects instead of each having a copy. exceljs's writer remembers the
   * XML of each style object it has seen, so shared objects are serialized once rather than once
   * per cell: about half the time of writing a 30,000-row consolidation. Only for a workbook
   * written out as it is: restyling one cell (`cell.font = …`) would then restyle its neighbours.
   */
  shareStyles?: boolean;
}

/**
 * The roles some sheet of `workbook` already plays. A mark left pointing at a sheet that is gone
 * (a loaded workbook whose result sheet was just replaced) is removed, so the new sheet takes it.
 */
const liveMarkedRoles = (workbook: Workbook): Set<OwnSheetRole> => {
  const live = new Set<OwnSheetRole>();
  for (const [role, name] of Object.entries(OWN_SHEET_NAMES) as [OwnSheetRole, string][]) {
    const { ranges } = workbook.definedNames.getRanges(name);
    if (ranges.length === 0) continue;
    if (ranges.some((r) => workbook.getWorksheet(parseOwnSheetReference(r) ?? "") !== undefined)) live.add(role);
    else for (const r of ranges) workbook.definedNames.remove(r, name);
  }
  return live;
};

/** Writes `layout` as a new worksheet of `workbook`, marked with its role, and returns it. */
export const renderLayoutToWorksheet = (workbook: Workbook, layout: Layout, options: RenderOptions = {}): Worksheet => {
  const ws = workbook.addWorksheet(chooseSheetName(workbook, layout.sheetName), worksheetOptionsOf(layout));
  markOwnSheet(workbook.definedNames, ws.name, layout.role, liveMarkedRoles(workbook));
  applyColumnWidths(ws, layout);
  addLayoutPageBreaks(ws, layout);
  for (const [row, height] of rowHeightsOf(layout)) ws.getRow(row).height = height;

  const styleFor = makeStyleCache(layout.font);
  const share = options.shareStyles === true;
  for (const cell of layout.cells) writeLayoutCell(ws.getCell(cell.row, cell.col), cell, styleFor, share);
  // After the cells: exceljs gives the covered cells the top-left cell's style, so a bordered
  // merge keeps its border on every edge.
  for (const m of layout.merges) if (isRealMerge(m)) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  addLayoutValidations(ws, layout, (values) => addListSource(workbook, values));
  return ws;
};
