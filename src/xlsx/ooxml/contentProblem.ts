import type { FileProblem } from "../../core/files/fileProblems";

/** A problem of the file's content that the reader has decided on: the file is told, never retried with exceljs. */
export type ContentProblem = Omit<FileProblem, "file">;

/**
 * Thrown by the reader for what it has understood and refuses (a cell beyond Excel's limits, a
 * cell written twice…), as opposed to a part it could not parse, which exceljs may still read.
 */
export class ContentProblemError extends Error {
  constructor(readonly problem: ContentProblem) {
    super(problem.code);
    this.name = "ContentProblemError";
  }
}
