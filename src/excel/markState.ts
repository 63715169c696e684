/**
 * What the marks changed, as plain JSON kept in the workbook's add-in settings, so "Xóa đánh dấu"
 * can put every touched cell back as it was, even after the pane was closed and reopened.
 */
import type { Severity } from "../core/model";
import {
  groupCellsIntoRects,
  listCellsOfRect,
  parseCellAddress,
  parseRangeAddress,
  toCellAddress,
  toRangeAddress,
  type CellPosition,
} from "./addresses";

/** The key under `context.workbook.settings`: scoped to this add-in and saved inside the file. */
export const MARK_SETTING_KEY = "dienhinh.marks";

export const MARK_COLOURS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Written in front of every reason so our notes and comments are told apart from the user's. */
export const NOTE_PREFIX = "Điển hình: ";

export interface SavedFill {
  color: string;
  /** "None" is a cell without fill; restoring it clears the fill rather than painting white. */
  pattern: string;
  patternColor?: string;
}

export interface SavedFormat {
  fill: SavedFill;
  fontColor: string;
}

/** Cells that shared one format before marking, as A1 areas ("E8:E40", "G9"). */
export interface SavedFormatGroup extends SavedFormat {
  cells: string[];
}

export interface SavedAnnotation {
  cell: string;
  kind: "note" | "comment";
  /** The note the user had there (notes only); null when the cell had none. */
  original: string | null;
  /**
   * The fingerprint of the text written (`fingerprintText`): enough to tell that a note still
   * shows exactly what was written, at ~25 bytes instead of the text — 10,000 marked rows with
   * long reasons would otherwise make the state itself larger than one request of Excel on the web.
   * A state saved with the whole text (`written`) is read into its fingerprint.
   */
  digest: string;
}

export interface SheetMarks {
  marked: { severity: Severity; cells: string[] }[];
  formats: SavedFormatGroup[];
  annotations: SavedAnnotation[];
}

export interface MarkState {
  version: 1;
  sheets: Record<string, SheetMarks>;
}

export function createEmptyMarkState(): MarkState {
  return { version: 1, sheets: {} };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

function isSheetMarks(value: unknown): value is SheetMarks {
  if (typeof value !== "object" || value === null) return false;
  const marks = value as Partial<SheetMarks>;
  return (
    Array.isArray(marks.marked) && marks.marked.every((m) => (m.severity === "error" || m.severity === "warning") && isStringArray(m.cells)) &&
    Array.isArray(marks.formats) && marks.formats.every((f) => isStringArray(f.cells) && typeof f.fontColor === "string" && typeof f.fill?.color === "string" && typeof f.fill.pattern === "string") &&
    Array.isArray(marks.annotations) &&
    marks.annotations.every((a: Partial<SavedAnnotation> & { written?: unknown }) =>
      typeof a.cell === "string" && (typeof a.digest === "string" || typeof a.written === "string") && (a.original === null || typeof a.original === "string"))
  );
}

/** An annotation as saved by an earlier version (the whole text written) or now (its fingerprint). */
function readSavedAnnotation(saved: SavedAnnotation & { written?: string }): SavedAnnotation {
  const { written, ...rest } = saved;
  return { cell: rest.cell, kind: rest.kind, original: rest.original, digest: written === undefined ? rest.digest : fingerprintText(written) };
}

/**
 * A 64-bit hash (cyrb53's mixing, two lanes) with the text's length in UTF-16 units in front,
 * e.g. "31:9f04c1d2a7b3e650". Not for secrecy: it tells our own text from one the user changed.
 */
export function fingerprintText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");
  return `${text.length}:${hex(h2)}${hex(h1)}`;
}

/** The length a fingerprint records, to weigh reading the note back. */
export function readFingerprintLength(digest: string): number {
  const length = Number(digest.slice(0, digest.indexOf(":")));
  return Number.isFinite(length) ? length : 0;
}

/** A setting from an older or damaged file never throws: what cannot be read is dropped. */
export function parseMarkState(value: unknown): MarkState {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return createEmptyMarkState();
    }
  }
  const state = createEmptyMarkState();
  if (typeof parsed !== "object" || parsed === null) return state;
  const sheets = (parsed as { version?: unknown; sheets?: unknown }).sheets;
  if ((parsed as { version?: unknown }).version !== 1 || typeof sheets !== "object" || sheets === null) return state;
  for (const [name, marks] of Object.entries(sheets)) {
    if (isSheetMarks(marks)) state.sheets[name] = { ...marks, annotations: marks.annotations.map(readSavedAnnotation) };
  }
  return state;
}

export function serializeMarkState(state: MarkState): string {
  return JSON.stringify(state);
}

export function expandAreas(areas: readonly string[]): string[] {
  return areas.flatMap((area) => {
    const rect = parseRangeAddress(area);
    return rect ? listCellsOfRect(rect).map(toCellAddress) : [];
  });
}

export function compressCells(cells: Iterable<string>): string[] {
  const positions = [...cells].map(parseCellAddress).filter((p): p is CellPosition => p !== null);
  return groupCellsIntoRects(positions).map(toRangeAddress);
}

export function listSavedFormats(marks: SheetMarks | undefined): Map<string, SavedFormat> {
  const formats = new Map<string, SavedFormat>();
  for (const group of marks?.formats ?? []) {
    const format: SavedFormat = { fill: group.fill, fontColor: group.fontColor };
    for (const cell of expandAreas(group.cells)) formats.set(cell, format);
  }
  return formats;
}

export function listMarkedSeverities(marks: SheetMarks | undefined): Map<string, Severity> {
  const severities = new Map<string, Severity>();
  for (const { severity, cells } of marks?.marked ?? []) {
    for (const cell of expandAreas(cells)) severities.set(cell, severity);
  }
  return severities;
}

/** Groups cells by identical saved format, in a stable order (first cell first), for compact JSON. */
export function groupSavedFormats(formats: ReadonlyMap<string, SavedFormat>): SavedFormatGroup[] {
  const groups = new Map<string, { format: SavedFormat; cells: string[] }>();
  for (const [cell, format] of formats) {
    const key = JSON.stringify([format.fill.color, format.fill.pattern, format.fill.patternColor ?? "", format.fontColor]);
    const group = groups.get(key) ?? { format, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ format, cells }) => ({ ...format, cells: compressCells(cells) }));
}

export function groupSeverities(severities: ReadonlyMap<string, Severity>): SheetMarks["marked"] {
  const marked: SheetMarks["marked"] = [];
  for (const severity of ["error", "warning"] as const) {
    const cells = [...severities].filter(([, s]) => s === severity).map(([cell]) => cell);
    if (cells.length > 0) marked.push({ severity, cells: compressCells(cells) });
  }
  return marked;
}

export function isSameColour(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toUpperCase() === b.toUpperCase();
}
