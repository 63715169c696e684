/// <reference types="office-js" />
import { parseRangeAddress, splitSheetFromAddress } from "./addresses";
import { ExcelAdapterError } from "./runInExcel";

/** Shows the cell of a finding the user clicked: activates its sheet and selects it. One sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const local = splitSheetFromAddress(address).local.replace(/\$/g, "");
  if (!parseRangeAddress(local)) {
    throw new ExcelAdapterError("InvalidAddress", `Địa chỉ ô "${address}" không hợp lệ.`);
  }
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(local).select();
  await context.sync();
}
