/**
 * Layouts as an .xlsx, for the browser mode's downloads (built in the pane's worker): written
 * straight as XML (src/xlsx/writeLayoutsXlsx.ts, ten times faster than exceljs's in-memory
 * writer on a consolidation), or with exceljs when a layout holds notes, which that writer leaves
 * to exceljs.
 */
import ExcelJS from "exceljs";
import type { Layout } from "../core/layout/types";
import { renderLayoutToWorksheet } from "../xlsx/renderLayout";
import { hasNotes, writeLayoutsXlsx } from "../xlsx/writeLayoutsXlsx";
import { XLSX_MIME } from "./operations";

const CREATOR = "Điển hình";

export { readFileBytes } from "./readFileBytes";

/** The workbook's bytes, in an ArrayBuffer of their own (to be transferred from a worker). */
export async function renderLayoutsToBytes(layouts: readonly Layout[]): Promise<ArrayBuffer> {
  if (!hasNotes(layouts)) return ownArrayBuffer(writeLayoutsXlsx(layouts, { creator: CREATOR }));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  for (const layout of layouts) renderLayoutToWorksheet(workbook, layout);
  const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return ownArrayBuffer(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
}

export async function renderLayoutsToBlob(layouts: readonly Layout[]): Promise<Blob> {
  return new Blob([await renderLayoutsToBytes(layouts)], { type: XLSX_MIME });
}

/** The bytes in an ArrayBuffer holding nothing else (a view into a larger buffer is copied). */
export function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}
