/// <reference types="office-js" />
/**
 * The reason on a marked cell: a note (ExcelApi 1.18) where the host has notes, else a threaded
 * comment (ExcelApi 1.10), else nothing (the pane's findings list still shows every reason).
 * A user's own note is kept: ours is appended and the original is put back on clearing.
 */
import { toQualifiedAddress } from "./addresses";
import { NOTE_PREFIX, type SavedAnnotation } from "./markState";
import type { ExcelFeatures } from "./runInExcel";

export interface AnnotationWriter {
  /** First batch: what the target cells hold now. */
  queueTargetRead(cells: readonly string[]): void;
  /** After the first sync, knowing the saved state: queues a second read; false when none is needed. */
  queueSecondRead(previous: readonly SavedAnnotation[], targets: ReadonlySet<string>): boolean;
  /** Queues the writes: reasons on `texts`, earlier annotations elsewhere put back. */
  queueWrites(texts: ReadonlyMap<string, string>, previous: readonly SavedAnnotation[]): SavedAnnotation[];
}

export function createAnnotationWriter(sheet: Excel.Worksheet, sheetName: string, features: ExcelFeatures): AnnotationWriter {
  if (features.notes) return new NoteWriter(sheet);
  if (features.comments) return new CommentWriter(sheet, sheetName);
  return { queueTargetRead: () => undefined, queueSecondRead: () => false, queueWrites: () => [] };
}

export function composeNoteText(original: string | null, reason: string): string {
  return original ? `${original}\n\n${NOTE_PREFIX}${reason}` : `${NOTE_PREFIX}${reason}`;
}

class NoteWriter implements AnnotationWriter {
  private readonly notes = new Map<string, Excel.Note>();

  constructor(private readonly sheet: Excel.Worksheet) {}

  queueTargetRead(cells: readonly string[]): void {
    for (const cell of cells) this.queueNoteRead(cell);
  }

  queueSecondRead(previous: readonly SavedAnnotation[], targets: ReadonlySet<string>): boolean {
    const stale = previous.filter((a) => !targets.has(a.cell) && !this.notes.has(a.cell));
    for (const { cell } of stale) this.queueNoteRead(cell);
    return stale.length > 0;
  }

  queueWrites(texts: ReadonlyMap<string, string>, previous: readonly SavedAnnotation[]): SavedAnnotation[] {
    const before = new Map(previous.map((a) => [a.cell, a]));
    for (const saved of previous) {
      if (texts.has(saved.cell)) continue;
      const note = this.readNote(saved.cell);
      if (!note || note.content !== saved.written) continue;
      if (saved.original === null) note.delete();
      else note.content = saved.original;
    }
    const written: SavedAnnotation[] = [];
    for (const [cell, reason] of texts) {
      const note = this.readNote(cell);
      const earlier = before.get(cell);
      const ours = note && earlier && note.content === earlier.written;
      const original = ours ? earlier.original : (note?.content ?? null);
      const text = composeNoteText(original, reason);
      if (note) note.content = text;
      else this.sheet.notes.add(cell, text);
      written.push({ cell, kind: "note", original, written: text });
    }
    return written;
  }

  private queueNoteRead(cell: string): void {
    this.notes.set(cell, this.sheet.notes.getItemOrNullObject(cell).load("content"));
  }

  private readNote(cell: string): Excel.Note | null {
    const note = this.notes.get(cell);
    return note && !note.isNullObject ? note : null;
  }
}

/**
 * A cell holds one comment thread, and comments can only be found by id or cell through calls
 * that throw when missing: ours are recognised by their exact text, the user's are located once
 * so that their cells are left alone.
 */
class CommentWriter implements AnnotationWriter {
  private readonly taken = new Set<string>();
  private locations: { comment: Excel.Comment; cell: Excel.Range }[] = [];

  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly sheetName: string,
  ) {}

  queueTargetRead(): void {
    this.sheet.comments.load("items/content");
  }

  queueSecondRead(previous: readonly SavedAnnotation[]): boolean {
    const ours = new Set(previous.map((a) => a.written));
    const foreign = this.sheet.comments.items.filter((c) => !ours.has(c.content));
    this.locations = foreign.map((comment) => ({ comment, cell: comment.getLocation().load("address") }));
    return foreign.length > 0;
  }

  queueWrites(texts: ReadonlyMap<string, string>, previous: readonly SavedAnnotation[]): SavedAnnotation[] {
    for (const { cell } of this.locations) this.taken.add(cell.address.split("!").pop()?.replace(/\$/g, "") ?? "");
    const ours = new Set(previous.map((a) => a.written));
    for (const comment of this.sheet.comments.items) {
      if (ours.has(comment.content)) comment.delete();
    }
    const written: SavedAnnotation[] = [];
    for (const [cell, reason] of texts) {
      if (this.taken.has(cell)) continue;
      const text = composeNoteText(null, reason);
      this.sheet.comments.add(toQualifiedAddress(this.sheetName, cell), text);
      written.push({ cell, kind: "comment", original: null, written: text });
    }
    return written;
  }
}
