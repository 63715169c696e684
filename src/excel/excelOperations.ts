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
import { writeLayoutSheet } from "./writeLayoutSheet";

export interface ExcelOperations {
  readActiveSheet(): Promise<SheetValues>;
  readWorkbook(fileName: string): Promise<WorkbookValues>;
  markFindings(sheetName: string, findings: readonly MarkableFinding[]): Promise<MarkState>;
  readMarkState(): Promise<MarkState>;
  clearMarks(): Promise<void>;
  selectCell(sheetName: string, address: string): Promise<void>;
  writeLayoutSheet(layout: Layout, replace: boolean): Promise<void>;
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
    readWorkbook: (fileName) => runInExcel((context) => readWorkbookValues(context, fileName, detectExcelFeatures())),
    markFindings: (sheetName, findings) =>
      runInExcel(async (context) => remember(await markFindings(context, sheetName, findings, detectExcelFeatures(), lastState))),
    readMarkState: () => runInExcel(async (context) => remember(await readMarkState(context))),
    clearMarks: () =>
      runInExcel(async (context) => {
        await clearMarks(context, detectExcelFeatures());
        lastState = { version: 1, sheets: {} };
      }),
    selectCell: (sheetName, address) => runInExcel((context) => selectCell(context, sheetName, address)),
    writeLayoutSheet: (layout, replace) => runInExcel((context) => writeLayoutSheet(context, layout, replace, detectExcelFeatures())),
  };
}
