/**
 * What the marks changed on each sheet, keyed by the sheet's id (a sheet can be renamed): the
 * cells marked, the fill each had, and for each note the text it had and the text written. Read
 * back from the hidden state sheet; what cannot be read is dropped, never thrown.
 */
import type { Severity } from "../../core/model";
import { compressCells, expandAreas } from "../../excel/markState";

export const MARK_FILLS: Record<Severity, string> = { error: "#ffc7ce", warning: "#ffeb9c" };

/** In front of every reason, so our note is told apart from the user's. */
export const NOTE_PREFIX = "Điển hình: ";

export interface SavedNote {
  cell: string;
  /** The note the cell had ("" for none). */
  original: string;
  written: string;
}

export interface SheetMarks {
  name: string;
  marked: { severity: Severity; cells: string[] }[];
  /** Fills as they were, grouped by colour; null is a cell without fill. */
  fills: { color: string | null; cells: string[] }[];
  notes: SavedNote[];
}

export interface MarkState {
  version: 1;
  sheets: Record<string, SheetMarks>;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function isSheetMarks(v: unknown): v is SheetMarks {
  if (typeof v !== "object" || v === null) return false;
  const m = v as Partial<SheetMarks>;
  return (
    typeof m.name === "string" &&
    Array.isArray(m.marked) && m.marked.every((x) => (x.severity === "error" || x.severity === "warning") && isStrings(x.cells)) &&
    Array.isArray(m.fills) && m.fills.every((x) => (x.color === null || typeof x.color === "string") && isStrings(x.cells)) &&
    Array.isArray(m.notes) && m.notes.every((x) => typeof x.cell === "string" && typeof x.original === "string" && typeof x.written === "string")
  );
}

export function parseMarkState(value: unknown): MarkState {
  const state: MarkState = { version: 1, sheets: {} };
  if (typeof value !== "object" || value === null) return state;
  const { version, sheets } = value as { version?: unknown; sheets?: unknown };
  if (version !== 1 || typeof sheets !== "object" || sheets === null) return state;
  for (const [id, marks] of Object.entries(sheets)) if (isSheetMarks(marks)) state.sheets[id] = marks;
  return state;
}

export function listMarked(marks: SheetMarks | undefined): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const { severity, cells } of marks?.marked ?? []) for (const cell of expandAreas(cells)) out.set(cell, severity);
  return out;
}

export function listFills(marks: SheetMarks | undefined): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const { color, cells } of marks?.fills ?? []) for (const cell of expandAreas(cells)) out.set(cell, color);
  return out;
}

/** Cells grouped by a value (a colour, a severity), each group's cells as A1 areas. */
export function groupCells<T>(values: ReadonlyMap<string, T>): { value: T; cells: string[] }[] {
  const groups = new Map<T, string[]>();
  for (const [cell, value] of values) {
    const list = groups.get(value);
    if (list) list.push(cell);
    else groups.set(value, [cell]);
  }
  return [...groups].map(([value, cells]) => ({ value, cells: compressCells(cells) }));
}

export const composeNote = (original: string, reason: string): string => (original ? `${original}\n\n${NOTE_PREFIX}${reason}` : `${NOTE_PREFIX}${reason}`);

/** Sheets reads a cell without fill as white: white is put back as no fill. */
export const toSavedFill = (color: string | undefined): string | null => {
  const c = (color ?? "").toLowerCase();
  return c === "" || c === "#ffffff" || c === "white" ? null : c;
};
