/// <reference types="office-js" />
/**
 * The reason on a marked cell: a note (ExcelApi 1.18) where the host has notes, else a threaded
 * comment (ExcelApi 1.10), else nothing (the pane's findings list still shows every reason).
 * A user's own note is kept: ours is appended and the original is put back on clearing.
 */
import { toQualifiedAddress } from "./addresses";
import { NOTE_PREFIX, fingerprintText, readFingerprintLength, type SavedAnnotation } from "./markState";
import { weighAction, weighPath } from "./requestSize";
import type { ExcelFeatures } from "./runInExcel";
import { writePiece, type RequestPiece } from "./syncInParts";

export interface AnnotationWrites {
  /** Earlier annotations on cells no longer marked put back (comments: every one of ours removed). */
  restores: RequestPiece[];
  /** The reasons put on the marked cells. */
  writes: RequestPiece[];
  written: SavedAnnotation[];
}

/** Reads and writes of annotations as weighed pieces (syncInParts.ts), in the order they must go. */
export interface AnnotationWriter {
  /** First batch: what the target cells hold now; `expected` gives the length of a note we wrote there. */
  planTargetRead(cells: readonly string[], expected?: ReadonlyMap<string, number>): RequestPiece[];
  /** After the first sync, knowing the saved state: the pieces of a second read; none when not needed. */
  planSecondRead(previous: readonly SavedAnnotation[], targets: ReadonlySet<string>): RequestPiece[];
  /** The writes: reasons on `texts`, earlier annotations elsewhere put back. */
  planWrites(texts: ReadonlyMap<string, string>, previous: readonly SavedAnnotation[]): AnnotationWrites;
}

export function createAnnotationWriter(sheet: Excel.Worksheet, sheetName: string, features: ExcelFeatures): AnnotationWriter {
  if (features.notes) return new NoteWriter(sheet);
  if (features.comments) return new CommentWriter(sheet, sheetName);
  return { planTargetRead: () => [], planSecondRead: () => [], planWrites: () => ({ restores: [], writes: [], written: [] }) };
}

export function composeNoteText(original: string | null, reason: string): string {
  return original ? `${original}\n\n${NOTE_PREFIX}${reason}` : `${NOTE_PREFIX}${reason}`;
}

/** The expected lengths of our notes in `saved`, to weigh reading them back. */
export function listWrittenLengths(saved: readonly SavedAnnotation[]): Map<string, number> {
  return new Map(saved.map((a) => [a.cell, readFingerprintLength(a.digest)]));
}

/** A note's content in a response: its JSON (Vietnamese text is ~1.3 bytes a letter in UTF-8; 2 leaves room) and the keys around it. */
const weighNoteResponse = (length: number): number => 80 + 2 * length;

class NoteWriter implements AnnotationWriter {
  private readonly notes = new Map<string, Excel.Note>();

  constructor(private readonly sheet: Excel.Worksheet) {}

  planTargetRead(cells: readonly string[], expected?: ReadonlyMap<string, number>): RequestPiece[] {
    return cells.map((cell) => this.planNoteRead(cell, expected?.get(cell) ?? 0));
  }

  planSecondRead(previous: readonly SavedAnnotation[], targets: ReadonlySet<string>): RequestPiece[] {
    const stale = previous.filter((a) => !targets.has(a.cell) && !this.notes.has(a.cell));
    return stale.map((a) => this.planNoteRead(a.cell, readFingerprintLength(a.digest)));
  }

  planWrites(texts: ReadonlyMap<string, string>, previous: readonly SavedAnnotation[]): AnnotationWrites {
    const before = new Map<string, SavedAnnotation[]>();
    for (const saved of previous) before.set(saved.cell, [...(before.get(saved.cell) ?? []), saved]);
    const restores: RequestPiece[] = [];
    for (const saved of previous) {
      if (texts.has(saved.cell)) continue;
      const note = this.readNote(saved.cell);
      if (!note || fingerprintText(note.content) !== saved.digest) continue;
      const { original } = saved;
      restores.push(
        writePiece(weighPath(saved.cell) + weighAction(original), () => {
          if (original === null) note.delete();
          else note.content = original;
        }),
      );
    }
    const writes: RequestPiece[] = [];
    const written: SavedAnnotation[] = [];
    for (const [cell, reason] of texts) {
      const note = this.readNote(cell);
      const content = note?.content ?? null;
      const ours = content === null ? undefined : before.get(cell)?.find((e) => e.digest === fingerprintText(content));
      const original = ours ? ours.original : content;
      const text = composeNoteText(original, reason);
      writes.push(
        note
          ? writePiece(weighPath(cell) + weighAction(text), () => {
              note.content = text;
            })
          : writePiece(weighAction(cell, text), () => this.sheet.notes.add(cell, text)),
      );
      written.push({ cell, kind: "note", original, digest: fingerprintText(text) });
    }
    return { restores, writes, written };
  }

  private planNoteRead(cell: string, expectedLength: number): RequestPiece {
    return {
      bytes: Math.max(weighPath(cell) + weighAction("content"), weighNoteResponse(expectedLength)),
      queue: () => {
        this.notes.set(cell, this.sheet.notes.getItemOrNullObject(cell).load("content"));
        return () => undefined;
      },
    };
  }

  private readNote(cell: string): Excel.Note | null {
    const note = this.notes.get(cell);
    return note && !note.isNullObject ? note : null;
  }
}

/**
 * A cell holds one comment thread, and comments can only be found by id or cell through calls
 * that throw when missing: ours are recognised by their exact text, the user's are located once
 * so that their cells are left alone. Comments are for hosts before ExcelApi 1.18 (not Excel on
 * the web, which has notes): they are read in one piece.
 */
class CommentWriter implements AnnotationWriter {
  private readonly taken = new Set<string>();
  private locations: { comment: Excel.Comment; cell: Excel.Range }[] = [];

  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly sheetName: string,
  ) {}

  planTargetRead(): RequestPiece[] {
    return [{ bytes: weighAction("items/content"), queue: () => (this.sheet.comments.load("items/content"), () => undefined) }];
  }

  planSecondRead(previous: readonly SavedAnnotation[]): RequestPiece[] {
    const ours = new Set(previous.map((a) => a.digest));
    const foreign = this.sheet.comments.items.filter((c) => !ours.has(fingerprintText(c.content)));
    this.locations = [];
    return foreign.map((comment) => ({
      bytes: weighPath() + weighAction("address"),
      queue: () => {
        this.locations.push({ comment, cell: comment.getLocation().load("address") });
        return () => undefined;
      },
    }));
  }

  planWrites(texts: ReadonlyMap<string, string>, previous: readonly SavedAnnotation[]): AnnotationWrites {
    for (const { cell } of this.locations) this.taken.add(cell.address.split("!").pop()?.replace(/\$/g, "") ?? "");
    const ours = new Set(previous.map((a) => a.digest));
    const restores = this.sheet.comments.items
      .filter((comment) => ours.has(fingerprintText(comment.content)))
      .map((comment) => writePiece(weighAction(), () => comment.delete()));
    const writes: RequestPiece[] = [];
    const written: SavedAnnotation[] = [];
    for (const [cell, reason] of texts) {
      if (this.taken.has(cell)) continue;
      const text = composeNoteText(null, reason);
      const address = toQualifiedAddress(this.sheetName, cell);
      writes.push(writePiece(weighAction(address, text), () => this.sheet.comments.add(address, text)));
      written.push({ cell, kind: "comment", original: null, digest: fingerprintText(text) });
    }
    return { restores, writes, written };
  }
}
