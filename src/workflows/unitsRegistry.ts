import type { UnitInfo } from "../core/check/report";
import type { SheetValues, WorkbookValues } from "../core/model";
import type { Plan } from "../core/plan/schema";
import { readUnitsRegistry } from "../core/units/readUnitsRegistry";
import { fileProblemOf, isUnreadableSource, type Source } from "./sources";
import { fail, succeed, type WorkflowResult } from "./workflowErrors";

/**
 * The units registry (Tên đơn vị | Loại đơn vị | Số CBCCVC): its sheet is kept as plain values so
 * that a front end can remember it (like the plan) and read it again under another plan, whose
 * unit kinds may differ.
 */
export interface UnitsRegistry {
  /** The file (or "Sổ làm việc đang mở") it came from. */
  source: string;
  sheet: SheetValues;
  units: UnitInfo[];
}

/** The registry's units from its remembered sheet, kinds as `plan` names them; null when the sheet has no registry header. */
export const readUnitsOfRegistrySheet = (plan: Plan, source: string, sheet: SheetValues): UnitInfo[] | null => {
  const result = readUnitsRegistry({ file: source, sheets: [sheet] }, plan);
  return result.ok ? result.units : null;
};

/** The first sheet of a workbook recognised by the registry's header (an Excel sheet, a picked file), or null. */
export const findUnitsRegistry = (plan: Plan, workbook: WorkbookValues): UnitsRegistry | null => {
  for (const sheet of workbook.sheets) {
    const units = readUnitsOfRegistrySheet(plan, workbook.file, sheet);
    if (units) return { source: workbook.file, sheet, units };
  }
  return null;
};

/** Reads a registry from a source; refused (as data) when it cannot be read or has no header. */
export const readUnitsRegistrySource = async (plan: Plan, source: Source): Promise<WorkflowResult<UnitsRegistry>> => {
  if (isUnreadableSource(source)) return fail({ code: "registry-unreadable", problem: source.problem });
  let workbook: WorkbookValues;
  try {
    workbook = await source.read();
  } catch (error) {
    const problem = fileProblemOf(error);
    if (!problem) throw error;
    return fail({ code: "registry-unreadable", problem });
  }
  const registry = findUnitsRegistry(plan, workbook);
  return registry ? succeed(registry) : fail({ code: "registry-no-header", source: source.name });
};
