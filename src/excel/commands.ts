/// <reference types="office-js" />
/**
 * The ribbon's function file. "Kiểm tra", "Tổng hợp" and "Phụ lục" open the task pane from the
 * manifest (ShowTaskpane); only "Xóa đánh dấu" runs here, without opening the pane.
 */
import { clearMarks } from "./markFindings";
import { detectExcelFeatures, runInExcel, toExcelAdapterError } from "./runInExcel";

export const CLEAR_MARKS_ACTION = "xoaDanhDau";

/** Ribbon action: must call `event.completed()` whatever happens, or the button stays busy. */
export async function clearMarksFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runInExcel((context) => clearMarks(context, detectExcelFeatures()));
  } catch (error) {
    console.error(toExcelAdapterError(error).message, error);
  } finally {
    event.completed();
  }
}

/** Registers the ribbon's actions once Office is ready; outside Office (a browser tab) does nothing. */
export async function startRibbonCommands(office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office): Promise<void> {
  if (!office) return;
  await office.onReady(() => office.actions.associate(CLEAR_MARKS_ACTION, clearMarksFromRibbon));
}

void startRibbonCommands();
