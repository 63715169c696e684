/**
 * Files the user picked or dropped, as the workflows' sources: read with the same reader as the
 * command line (.xlsx, or CSV in Unicode), any problem as the same FileProblem, so the pane
 * shows the command's sentence for every unreadable file.
 */
import { FileProblemError } from "../core/files/fileProblems";
import type { WorkbookValues } from "../core/model";
import type { ReadableSource } from "../workflows/sources";
import { MAX_FILE_BYTES } from "../xlsx/inspectFileBytes";
import { readSpreadsheetBytes } from "../xlsx/readWorkbook";
import { readFileBytes } from "./layoutFiles";

/** What the pickers accept: the workbooks and CSV files the command reads. */
export const SPREADSHEET_ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** Reads a picked file; throws a FileProblemError whose message is the command's sentence. */
export async function readPickedWorkbook(file: File): Promise<WorkbookValues> {
  // As the command refuses it before reading: a file this large is no unit's list.
  if (file.size > MAX_FILE_BYTES) throw new FileProblemError({ code: "file/too-large", file: file.name, actual: file.size, limit: MAX_FILE_BYTES });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFileBytes(file));
  } catch {
    throw new FileProblemError({ code: "file/unreadable", file: file.name });
  }
  try {
    return await readSpreadsheetBytes(bytes, file.name);
  } catch (error) {
    // Whatever else goes wrong inside one file is that file's problem: a run over many goes on.
    throw error instanceof FileProblemError ? error : new FileProblemError({ code: "xlsx/corrupt", file: file.name });
  }
}

export const pickedFileSource = (file: File): ReadableSource => ({ name: file.name, read: () => readPickedWorkbook(file) });

export const isCsvName = (name: string): boolean => /\.(csv|txt)$/i.test(name);
