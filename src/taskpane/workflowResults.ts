/** What both modes of the pane do with a workflow's answer, and with what they remembered. */
import type { RunOptions } from "../workflows/sources";
import { describeWorkflowError, type WorkflowResult } from "../workflows/workflowErrors";
import { PaneError, type PaneRunOptions, type SavedUnitsRegistry } from "./operations";

/** The value of a workflow, or its refusal as the sentence the command prints (a stop asked for marked as such). */
export function valueOrThrow<T>(result: WorkflowResult<T>): T {
  if (!result.ok) throw new PaneError(describeWorkflowError(result.error), { cancelled: result.error.code === "cancelled" });
  return result.value;
}

/** The pane's options as a workflow takes them: progress is the reading of sources. */
export function toRunOptions(options: PaneRunOptions = {}): RunOptions {
  const { onProgress, signal, units, year, unit } = options;
  return {
    ...(units ? { units } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(unit ? { unit } : {}),
    ...(onProgress ? { onProgress: (p) => onProgress({ phase: "read", ...p }) } : {}),
    ...(signal ? { signal } : {}),
  };
}

/** A remembered registry, or null for anything that is not one (storage edited, an older shape). */
export function parseSavedUnitsRegistry(value: unknown): SavedUnitsRegistry | null {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { source, sheet } = parsed as { source?: unknown; sheet?: unknown };
  if (typeof source !== "string" || typeof sheet !== "object" || sheet === null) return null;
  const { name, rows } = sheet as { name?: unknown; rows?: unknown };
  if (typeof name !== "string" || !Array.isArray(rows)) return null;
  return { source, sheet: sheet as SavedUnitsRegistry["sheet"] };
}
