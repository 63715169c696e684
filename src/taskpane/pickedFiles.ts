/**
 * Files the user picked or dropped, as the workflows' sources: read with the same reader as the
 * command line (.xlsx, or CSV in Unicode), any problem as the same FileProblem, so the pane
 * shows the command's sentence for every unreadable file. The browser pane reads in its worker
 * (`readPickedBytes` over the bytes handed to it); the Excel pane reads a picked file on the page.
 */
import { FileProblemError } from "../core/files/fileProblems";
import type { WorkbookValues } from "../core/model";
import type { ReadableSource } from "../workflows/sources";
import { MAX_FILE_BYTES } from "../xlsx/inspectFileBytes";
import { readSpreadsheetBytes } from "../xlsx/readWorkbook";
import { readFileBytes } from "./readFileBytes";

export { SPREADSHEET_ACCEPT, isCsvName } from "./fileKinds";

/**
 * Reads a picked file's bytes; throws a FileProblemError whose message is the command's sentence.
 * `size` is the file's size, given apart because the bytes of a file past the limit are never read.
 */
export async function readPickedBytes(bytes: Uint8Array, name: string, size: number = bytes.byteLength): Promise<WorkbookValues> {
  // As the command refuses it before reading: a file this large is no unit's list.
  if (size > MAX_FILE_BYTES) throw new FileProblemError({ code: "file/too-large", file: name, actual: size, limit: MAX_FILE_BYTES });
  try {
    return await readSpreadsheetBytes(bytes, name);
  } catch (error) {
    // Whatever else goes wrong inside one file is that file's problem: a run over many goes on.
    throw error instanceof FileProblemError ? error : new FileProblemError({ code: "xlsx/corrupt", file: name });
  }
}

/** A picked file's bytes; throws a FileProblemError when it is too large to be a list or cannot be read. */
export async function loadPickedBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) throw new FileProblemError({ code: "file/too-large", file: file.name, actual: file.size, limit: MAX_FILE_BYTES });
  try {
    return new Uint8Array(await readFileBytes(file));
  } catch {
    throw new FileProblemError({ code: "file/unreadable", file: file.name });
  }
}

/** Reads a picked file; throws a FileProblemError whose message is the command's sentence. */
export async function readPickedWorkbook(file: File): Promise<WorkbookValues> {
  return readPickedBytes(await loadPickedBytes(file), file.name, file.size);
}

export const pickedFileSource = (file: File): ReadableSource => ({ name: file.name, read: () => readPickedWorkbook(file) });
