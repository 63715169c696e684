/**
 * The port through which every front end hands its inputs to a workflow. A source is a name the
 * user knows (a file's name, "Sổ làm việc đang mở") and a way to read its values, or the precise
 * reason it cannot be read, known before anything is read (a folder, a missing file). The
 * workflow never sees a path, a File, a Range or a byte: the command line builds sources over
 * src/xlsx and the file system, the browser pane over picked files, the Excel pane over the open
 * workbook, and an Apps Script server over the open spreadsheet.
 */
import type { UnitInfo } from "../core/check/report";
import { FileProblemError, type FileProblem } from "../core/files/fileProblems";
import type { WorkbookValues } from "../core/model";

export interface ReadableSource {
  name: string;
  /** Rejects with a `FileProblemError` when the source turns out unreadable; any other error is a fault. */
  read(): Promise<WorkbookValues>;
  /**
   * The workbook the user has open (the Excel pane, a spreadsheet): sheets this product wrote in
   * it are its own earlier output and are never read as lists. In a file given as input, the
   * "Danh sách" of a consolidation is read back (a district's result sent to the province).
   */
  openWorkbook?: boolean;
}

export interface UnreadableSource {
  name: string;
  problem: FileProblem;
}

export type Source = ReadableSource | UnreadableSource;

export const isUnreadableSource = (source: Source): source is UnreadableSource => "problem" in source;

/** The problem a source's `read` rejected with; null for any other error (a fault, passed on). */
export const fileProblemOf = (error: unknown): FileProblem | null => {
  if (error instanceof FileProblemError) return error.problem;
  // The same class from another bundle (a worker's, a server's) is not `instanceof` this one.
  if (error instanceof Error && error.name === "FileProblemError" && "problem" in error && typeof error.problem === "object" && error.problem !== null) return error.problem as FileProblem;
  return null;
};

/** How far a run over many sources is: `current` is the source being read ("" once all are). */
export interface WorkflowProgress {
  done: number;
  total: number;
  current: string;
}

/** An AbortSignal, or anything with its `aborted`: checked between sources. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** What the use cases over sources take besides the plan; every field may be left out. */
export interface RunOptions {
  /** The units registry: names as the registry spells them, kinds, staff counts. */
  units?: readonly UnitInfo[];
  /** The reporting year; else read from each list's title or dates. */
  year?: number;
  /** The unit of every list checked (a single unit's check). */
  unit?: string;
  onProgress?: (progress: WorkflowProgress) => void;
  signal?: CancelSignal;
}
