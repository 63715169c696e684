/**
 * Marks the cells of findings (a fill by severity, the reason as a note) and clears the marks back
 * to the fills and notes the cells had. Per sheet, whatever the number of rows: one read of fills
 * and one of notes over the rectangle the marks cover, fills written through one range list per
 * colour, notes in one `setNotes`. Values are never written.
 */
import type { Finding, Severity } from "../../core/model";
import { groupCellsIntoRects, parseCellAddress, toCellAddress, type CellPosition, type RangeRect } from "../../excel/addresses";
import type { SheetLike } from "./host";
import { composeNote, groupCells, listFills, listMarked, MARK_FILLS, toSavedFill, type SavedNote, type SheetMarks } from "./markState";

export type MarkableFinding = Finding & { message: string };

interface Target {
  severity: Severity;
  reason: string;
}

/** Findings → one target per cell: the worst severity, the reasons one per line. */
export function collectTargets(findings: readonly MarkableFinding[]): Map<string, Target> {
  const targets = new Map<string, { severity: Severity; reasons: string[] }>();
  for (const f of findings) {
    const position = parseCellAddress(f.cell ?? (f.column && f.row ? `${f.column}${f.row}` : ""));
    if (!position) continue;
    const cell = toCellAddress(position);
    const target = targets.get(cell) ?? { severity: f.severity, reasons: [] };
    if (f.severity === "error") target.severity = "error";
    if (!target.reasons.includes(f.message)) target.reasons.push(f.message);
    targets.set(cell, target);
  }
  return new Map([...targets].map(([cell, t]) => [cell, { severity: t.severity, reason: t.reasons.join("\n") }]));
}

const sameColour = (a: string | undefined, b: string): boolean => (a ?? "").toLowerCase() === b.toLowerCase();

/** The rectangle holding every cell given (0-based), or null for none. */
function coverCells(cells: Iterable<string>): RangeRect | null {
  const positions = [...cells].map(parseCellAddress).filter((p): p is CellPosition => p !== null);
  if (positions.length === 0) return null;
  // Loops, not Math.min(...rects): thousands of scattered marks would be as many arguments.
  const cover = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const r of groupCellsIntoRects(positions)) {
    cover.top = Math.min(cover.top, r.top);
    cover.left = Math.min(cover.left, r.left);
    cover.bottom = Math.max(cover.bottom, r.bottom);
    cover.right = Math.max(cover.right, r.right);
  }
  return cover;
}

/** Fills and notes of a rectangle, read in two calls, addressed by A1 cell. */
class Region {
  private readonly fills: string[][];
  readonly notes: string[][];

  constructor(
    private readonly sheet: SheetLike,
    private readonly rect: RangeRect,
  ) {
    const range = this.range();
    this.fills = range.getBackgrounds();
    this.notes = range.getNotes();
  }

  private range() {
    const { top, left, bottom, right } = this.rect;
    return this.sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1);
  }

  private place(cell: string): { i: number; j: number } | null {
    const p = parseCellAddress(cell);
    return p ? { i: p.row - this.rect.top, j: p.col - this.rect.left } : null;
  }

  fillAt(cell: string): string | undefined {
    const p = this.place(cell);
    return p ? this.fills[p.i]?.[p.j] : undefined;
  }

  noteAt(cell: string): string {
    const p = this.place(cell);
    return (p ? this.notes[p.i]?.[p.j] : undefined) ?? "";
  }

  setNote(cell: string, text: string): void {
    const p = this.place(cell);
    const line = p ? this.notes[p.i] : undefined;
    if (p && line) line[p.j] = text;
  }

  writeNotes(): void {
    this.range().setNotes(this.notes);
  }
}

function paintFills(sheet: SheetLike, fills: ReadonlyMap<string, string | null>): void {
  for (const { value, cells } of groupCells(fills)) sheet.getRangeList(cells).setBackground(value);
}

/**
 * Replaces the marks of `sheet` (earlier ones as `previous`) with those of `findings`; returns what
 * to save. A cell whose fill or note the user changed since the last marks keeps the user's.
 */
export function markSheet(sheet: SheetLike, name: string, findings: readonly MarkableFinding[], previous: SheetMarks | undefined): SheetMarks | null {
  const targets = collectTargets(findings);
  const marked = listMarked(previous);
  const savedFills = listFills(previous);
  const savedNotes = new Map((previous?.notes ?? []).map((n) => [n.cell, n]));
  const rect = coverCells([...targets.keys(), ...marked.keys(), ...savedNotes.keys()]);
  if (!rect) return null;
  const region = new Region(sheet, rect);

  const fills = new Map<string, string | null>();
  const originals = new Map<string, string | null>();
  for (const [cell, severity] of marked) {
    if (targets.has(cell)) continue;
    // A fill the user changed since is theirs: only our colour is put back.
    if (sameColour(region.fillAt(cell), MARK_FILLS[severity])) fills.set(cell, savedFills.get(cell) ?? null);
  }
  for (const [cell, target] of targets) {
    const earlier = marked.get(cell);
    const ours = earlier !== undefined && sameColour(region.fillAt(cell), MARK_FILLS[earlier]);
    originals.set(cell, ours ? (savedFills.get(cell) ?? null) : toSavedFill(region.fillAt(cell)));
    fills.set(cell, MARK_FILLS[target.severity]);
  }

  const notes: SavedNote[] = [];
  let notesChanged = false;
  for (const [cell, saved] of savedNotes) {
    if (targets.has(cell) || region.noteAt(cell) !== saved.written) continue;
    region.setNote(cell, saved.original);
    notesChanged = true;
  }
  for (const [cell, target] of targets) {
    const current = region.noteAt(cell);
    const saved = savedNotes.get(cell);
    const original = saved && current === saved.written ? saved.original : current;
    const written = composeNote(original, target.reason);
    notes.push({ cell, original, written });
    if (written !== current) {
      region.setNote(cell, written);
      notesChanged = true;
    }
  }

  paintFills(sheet, fills);
  if (notesChanged) region.writeNotes();
  if (targets.size === 0) return null;
  const severities = new Map([...targets].map(([cell, t]) => [cell, t.severity]));
  return {
    name,
    marked: groupCells(severities).map(({ value, cells }) => ({ severity: value, cells })),
    fills: groupCells(originals).map(({ value, cells }) => ({ color: value, cells })),
    notes,
  };
}

/** Puts back the fill and note of every cell `marks` changed, except where the user changed them since. */
export function clearSheetMarks(sheet: SheetLike, marks: SheetMarks): void {
  const savedFills = listFills(marks);
  const marked = listMarked(marks);
  const rect = coverCells([...marked.keys(), ...marks.notes.map((n) => n.cell)]);
  if (!rect) return;
  const region = new Region(sheet, rect);
  const fills = new Map<string, string | null>();
  for (const [cell, severity] of marked) {
    if (sameColour(region.fillAt(cell), MARK_FILLS[severity])) fills.set(cell, savedFills.get(cell) ?? null);
  }
  let notesChanged = false;
  for (const saved of marks.notes) {
    if (region.noteAt(saved.cell) !== saved.written) continue;
    region.setNote(saved.cell, saved.original);
    notesChanged = true;
  }
  paintFills(sheet, fills);
  if (notesChanged) region.writeNotes();
}
