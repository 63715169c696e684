import { basename } from "node:path";
import type { UnitInfo } from "../core/check/report";
import { FileProblemError } from "../core/files/fileProblems";
import type { Plan } from "../core/plan/schema";
import type { ReadableSource } from "../workflows/sources";
import { readUnitsRegistrySource } from "../workflows/unitsRegistry";
import { describeWorkflowError } from "../workflows/workflowErrors";
import { loadWorkbookFile, UnusableFileError } from "./loadInputs";
import { UserError } from "./userError";

/**
 * A file named on the command line as a workflow's source: its name is the file's (as the
 * consolidation's provenance shows it), reading it turns any problem into the FileProblem the
 * workflow collects with the other unreadable files.
 */
export const fileSource = (path: string): ReadableSource => ({
  name: basename(path),
  read: () =>
    loadWorkbookFile(path).catch((error: unknown) => {
      throw error instanceof UnusableFileError ? new FileProblemError(error.problem) : error;
    }),
});

/** The units registry (`--units`); a file that cannot be read, or has no registry header, stops the command. */
export const loadUnitsRegistry = async (path: string, plan: Plan): Promise<UnitInfo[]> => {
  const result = await readUnitsRegistrySource(plan, fileSource(path));
  if (!result.ok) throw new UserError(describeWorkflowError(result.error));
  return result.value.units;
};
