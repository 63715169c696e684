/// <reference types="office-js" />
/**
 * The Excel operations the task pane receives as props, each one Excel.run. The pane never
 * imports office-js; tests of the pane pass fakes of this shape.
 */
import type { Layout } from "../core/layout/types";
import type { SheetValues, WorkbookValues } from "../core/model";
import { clearMarks, markFindings, readMarkState, type MarkableFinding } from "./markFindings";
import type { MarkState } from "./markState";
import { readActiveSheetValues, readWorkbookValues } from "./readValues";
import { detectExcelFeatures, runInExcel } from "./runInExcel";
import { selectCell } from "./selectCell";
import { readOwnSheets, writeOwnSheets } from "./ownSheets";

export interface ExcelOperations {
  readActiveSheet(): Promise<SheetValues>;
  /** Every sheet of the open workbook, and which of them the add-in wrote (`ownSheets`). */
  readWorkbook(fileName: string): Promise<WorkbookValues>;
  markFindings(sheetName: string, findings: readonly MarkableFinding[]): Promise<MarkState>;
  readMarkState(): Promise<MarkState>;
  clearMarks(): Promise<void>;
  selectCell(sheetName: string, address: string): Promise<void>;
  /**
   * Writes layouts as sheets of the add-in's own: each replaces only the add-in's earlier sheet of
   * its role; a user's sheet is never deleted, replaced or written into. Returns the names taken.
   */
  writeOwnSheets(layouts: readonly Layout[]): Promise<string[]>;
}

/**
 * The last mark state seen is kept here and handed to the next markFindings, so a re-check reads
 * the earlier marks in its first sync (checked against the workbook, never trusted blindly).
 */
export function createExcelOperations(): ExcelOperations {
  let lastState: MarkState | undefined;
  const remember = (state: MarkState): MarkState => {
    lastState = state;
    return state;
  };
  return {
    readActiveSheet: () => runInExcel((context) => readActiveSheetValues(context, detectExcelFeatures())),
    readWorkbook: (fileName) =>
      runInExcel(async (context) => {
        const values = await readWorkbookValues(context, fileName, detectExcelFeatures());
        const ownSheets = await readOwnSheets(context);
        return ownSheets.length > 0 ? { ...values, ownSheets } : values;
      }),
    markFindings: (sheetName, findings) =>
      runInExcel(async (context) => remember(await markFindings(context, sheetName, findings, detectExcelFeatures(), lastState))),
    readMarkState: () => runInExcel(async (context) => remember(await readMarkState(context))),
    clearMarks: () =>
      runInExcel(async (context) => {
        await clearMarks(context, detectExcelFeatures());
        lastState = { version: 1, sheets: {} };
      }),
    selectCell: (sheetName, address) => runInExcel((context) => selectCell(context, sheetName, address)),
    writeOwnSheets: (layouts) => runInExcel((context) => writeOwnSheets(context, layouts, detectExcelFeatures())),
  };
}
