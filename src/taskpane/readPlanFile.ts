/**
 * A plan file the officer opens in the pane: a plan workbook (.xlsx, problems by sheet and cell)
 * or a plan's JSON (problems by key). A chunk of its own, fetched when a file is opened: the
 * schema library (zod) and the plan-workbook reader are no part of the pane's first load.
 */
import { parsePlanText } from "../core/plan/parsePlan";
import type { Plan } from "../core/plan/schema";
import { readPlanWorkbook } from "../core/plan/workbook/readPlanWorkbook";
import { readFileBytes } from "./readFileBytes";

export type LoadedPlanFile = { ok: true; plan: Plan } | { ok: false; problems: string[] };

function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsText(file);
  });
}

export async function readPlanFile(file: File): Promise<LoadedPlanFile> {
  if (/\.xlsx$/iu.test(file.name)) {
    // The reader (and exceljs, its second opinion) is a chunk of its own too.
    const { readWorkbookBytes } = await import("../xlsx/readWorkbook.js");
    const result = readPlanWorkbook(await readWorkbookBytes(await readFileBytes(file), file.name));
    return result.ok ? result : { ok: false, problems: result.problems.map((p) => p.message) };
  }
  const result = parsePlanText(await readText(file));
  return result.ok ? result : { ok: false, problems: result.problems.map((p) => `${p.path}: ${p.message}`) };
}
