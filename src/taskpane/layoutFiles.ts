/** Layouts painted into an .xlsx with exceljs, for the browser mode's downloads. */
import ExcelJS from "exceljs";
import type { Layout } from "../core/layout/types";
import { renderLayoutToWorksheet } from "../xlsx/renderLayout";
import { XLSX_MIME } from "./operations";

export async function renderLayoutsToBlob(layouts: readonly Layout[]): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Điển hình";
  for (const layout of layouts) renderLayoutToWorksheet(workbook, layout);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([new Uint8Array(buffer as ArrayBuffer)], { type: XLSX_MIME });
}

/** Bytes of a picked file; FileReader where `Blob.arrayBuffer` is missing (older engines). */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
