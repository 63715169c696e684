/**
 * The sheets the add-on wrote, told apart from the user's by developer metadata that names the
 * sheet's own id: a copy the user makes of one of ours has another id, so it is theirs. Our sheets
 * are never read as units' lists, and only they are ever replaced; a user's sheet of the same
 * name is left alone and ours takes a free name ("Danh sách (2)").
 */
import { OWN_SHEET_NAMES, type OwnSheetRole } from "../../core/ownOutput/ownSheets";
import type { SheetLike, SpreadsheetLike } from "./host";

export const OWN_SHEET_KEY = "dienhinh.sheet";

/** What one of our sheets holds: a result, by the role its layout plays (core/ownOutput), or the saved marks. */
export type SheetsOwnRole = OwnSheetRole | "state";

interface OwnMark {
  role: SheetsOwnRole;
  sheetId: number;
}

const isRole = (role: unknown): role is SheetsOwnRole => role === "state" || (typeof role === "string" && role in OWN_SHEET_NAMES);

const parseOwnMark = (value: string | null): OwnMark | null => {
  try {
    const mark = JSON.parse(value ?? "") as Partial<OwnMark>;
    return isRole(mark.role) && typeof mark.sheetId === "number" ? { role: mark.role, sheetId: mark.sheetId } : null;
  } catch {
    return null;
  }
};

/** What the add-on wrote on `sheet` if it is one of ours, else null. Two calls per sheet. */
function findOwnMark(sheet: SheetLike): OwnMark | null {
  const marks = sheet.getDeveloperMetadata().filter((m) => m.getKey() === OWN_SHEET_KEY);
  if (marks.length === 0) return null;
  const id = sheet.getSheetId();
  for (const m of marks) {
    const mark = parseOwnMark(m.getValue());
    if (mark && mark.sheetId === id) return mark;
  }
  return null;
}

export function markOwnSheet(sheet: SheetLike, role: SheetsOwnRole): void {
  sheet.addDeveloperMetadata(OWN_SHEET_KEY, JSON.stringify({ role, sheetId: sheet.getSheetId() } satisfies OwnMark));
}

export interface ClassifiedSheet {
  sheet: SheetLike;
  name: string;
  /** Null for the user's sheets. */
  role: SheetsOwnRole | null;
}

/** Every sheet with its name and, for ours, its role: the user's sheets are those with none. */
export function classifySheets(spreadsheet: SpreadsheetLike): ClassifiedSheet[] {
  return spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), role: findOwnMark(sheet)?.role ?? null }));
}

/** `wanted`, or "wanted (2)", "(3)"… : the first name no sheet has (Sheets compares names without case). */
export function chooseFreeName(wanted: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}
