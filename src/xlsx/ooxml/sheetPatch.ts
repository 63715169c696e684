import type { Edit, PartText } from "./partText";
import { parseCellReference } from "./readSheetXml";
import { forEachAttribute, scanXml } from "./scanXml";
import { columnLetters } from "./sheetExtent";
import { prefixBoundTo, prefixOf, readTagAttributes, rewriteStartTag } from "./xmlTags";

/**
 * Marks cells of a worksheet part in place: each marked cell gets a new style index (the cell is
 * added, and its row, when the sheet has none there: an empty required cell is marked too), the
 * sheet points to the drawing that shows its notes, and its tab can be unselected. One pass over
 * the part; everything else in it is left byte for byte.
 */

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Elements that come after `legacyDrawing` in a worksheet (ECMA-376 part 1, CT_Worksheet); at the
 * top of a worksheet Excel wraps only controls and OLE objects in `mc:AlternateContent`.
 */
const AFTER_LEGACY_DRAWING = new Set(["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst", "AlternateContent"]);

export interface CellMark {
  /** 1-based, as in "B7". */
  row: number;
  col: number;
  /** The new style index, from the cell's present one (0 when it has none). */
  restyle: (current: number) => number;
}

export interface SheetPatchOptions {
  marks: readonly CellMark[];
  /**
   * Called once the part is read, with the relationship id of the sheet's own `legacyDrawing`
   * (the VML drawing holding its notes' shapes) or null; returns the id of a new one to add when
   * the sheet had none, or null to add nothing.
   */
  legacyDrawing?: (existing: string | null) => string | null;
  /** Clears `tabSelected`: another sheet is the one the workbook opens on. */
  unselectTab?: boolean;
}

/** One attribute's raw value from a start tag's attribute text. */
const attributeOf = (attributeText: string, key: string): string | undefined => {
  let found: string | undefined;
  forEachAttribute(attributeText, (name, raw) => {
    if (name === key && found === undefined) found = raw;
  });
  return found;
};

interface RowSeen {
  start: number;
  end: number;
  selfClosing: boolean;
  closeStart: number;
}

/** Throws when the part has no sheet data to mark; returns null when nothing changed. */
export const patchWorksheet = (part: PartText, options: SheetPatchOptions): Uint8Array | null => {
  const text = part.text;
  const byRow = new Map<number, Map<number, CellMark>>();
  for (const m of options.marks) {
    let cols = byRow.get(m.row);
    if (!cols) byRow.set(m.row, (cols = new Map()));
    cols.set(m.col, m);
  }
  const targetRows = [...byRow.keys()].sort((a, b) => a - b);
  const edits: Edit[] = [];
  const inserts = new Map<number, string[]>();
  const insertAt = (at: number, xml: string): void => {
    const list = inserts.get(at);
    if (list) list.push(xml);
    else inserts.set(at, [xml]);
  };
  let p = "";
  let rel: string | null = null;
  let depth = 0;
  let rootCloseStart = -1;
  let afterLegacy = -1;
  let existingLegacy: string | null = null;
  let sheetData: { start: number; end: number; selfClosing: boolean; closeStart: number } | null = null;
  let inSheetData = false;
  let rowNumber = 0;
  let colNumber = 0;
  let nextTarget = 0;
  const rowsSeen = new Map<number, RowSeen>();
  /** Rows to add (not in the part) at the position of the first row after them. */
  const newRowAt = new Map<number, number>();
  /** The marks of the row being read, not yet met; and where its first cell after each goes. */
  let pending: Map<number, CellMark> | null = null;
  let pendingRow: RowSeen | null = null;
  let currentRow = 0;

  const cellXml = (row: number, m: CellMark): string => `<${p}c r="${columnLetters(m.col)}${row}" s="${m.restyle(0)}"/>`;
  const placePending = (before: number, upTo: number): void => {
    if (!pending) return;
    for (const col of [...pending.keys()].sort((a, b) => a - b)) {
      if (col >= upTo) break;
      const m = pending.get(col);
      if (m) insertAt(before, cellXml(currentRow, m));
      pending.delete(col);
    }
  };

  /** The marks of a row not met among its cells go at its end (a row closing itself is opened). */
  const placeRowEnd = (row: RowSeen): void => {
    if (!pending || pending.size === 0) return;
    const cells = [...pending.values()].sort((a, b) => a.col - b.col).map((m) => cellXml(currentRow, m));
    // The cells' span the row declares may no longer hold: it is only a hint, left out.
    const tag = rewriteStartTag(part.slice(row.start, row.end), { spans: null }, false);
    if (row.selfClosing) edits.push({ start: row.start, end: row.end, insert: `${tag}${cells.join("")}</${p}row>` });
    else {
      edits.push({ start: row.start, end: row.end, insert: tag });
      insertAt(row.closeStart, cells.join(""));
    }
  };

  scanXml(text, {
    open: (name, attributeText, selfClosing, start, end) => {
      if (depth === 0) {
        const tag = text.slice(start, end);
        p = prefixOf(tag);
        rel = prefixBoundTo(part.slice(start, end), REL_NS);
      } else if (depth === 1) {
        if (AFTER_LEGACY_DRAWING.has(name) && afterLegacy < 0) afterLegacy = start;
        if (name === "legacyDrawing") existingLegacy = readTagAttributes(part.slice(start, end)).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        if (name === "sheetData") {
          sheetData = { start, end, selfClosing, closeStart: start };
          inSheetData = !selfClosing;
        }
      } else if (name === "sheetView" && depth === 2 && options.unselectTab && /^(1|true)$/.test(attributeOf(attributeText, "tabSelected") ?? "")) {
        edits.push({ start, end, insert: rewriteStartTag(part.slice(start, end), { tabSelected: null }) });
      } else if (inSheetData && depth === 2 && name === "row") {
        const r = Number(attributeOf(attributeText, "r"));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        colNumber = 0;
        // Marked rows the part lacks go before the first row after them.
        while (nextTarget < targetRows.length && (targetRows[nextTarget] ?? 0) < rowNumber) {
          const t = targetRows[nextTarget++] ?? 0;
          if (!rowsSeen.has(t)) newRowAt.set(t, start);
        }
        const cols = byRow.get(rowNumber);
        if (cols && !rowsSeen.has(rowNumber)) {
          currentRow = rowNumber;
          pendingRow = { start, end, selfClosing, closeStart: start };
          rowsSeen.set(rowNumber, pendingRow);
          if (nextTarget < targetRows.length && targetRows[nextTarget] === rowNumber) nextTarget++;
          pending = new Map(cols);
          if (selfClosing) {
            placeRowEnd(pendingRow);
            pending = null;
            pendingRow = null;
          }
        }
      } else if (inSheetData && depth === 3 && name === "c" && pending) {
        const ref = attributeOf(attributeText, "r");
        const col = (ref !== undefined ? parseCellReference(ref)?.col : undefined) ?? colNumber + 1;
        colNumber = col;
        placePending(start, col);
        const m = pending.get(col);
        if (m) {
          pending.delete(col);
          const current = Number(attributeOf(attributeText, "s") ?? 0);
          edits.push({ start, end, insert: rewriteStartTag(part.slice(start, end), { s: String(m.restyle(Number.isInteger(current) ? current : 0)) }) });
        }
      }
      if (!selfClosing) depth++;
    },
    close: (name, start) => {
      depth--;
      if (depth === 0) rootCloseStart = start;
      else if (depth === 1 && name === "sheetData" && sheetData) {
        sheetData.closeStart = start;
        inSheetData = false;
      } else if (depth === 2 && name === "row" && pendingRow) {
        pendingRow.closeStart = start;
        placeRowEnd(pendingRow);
        pending = null;
        pendingRow = null;
      }
    },
  });

  if (targetRows.length > 0) {
    const data = sheetData as { start: number; end: number; selfClosing: boolean; closeStart: number } | null;
    if (!data) throw new Error("worksheet has no sheetData");
    const newRows = targetRows.filter((r) => !rowsSeen.has(r));
    const rowXml = (r: number): string =>
      `<${p}row r="${r}">${[...(byRow.get(r)?.values() ?? [])]
        .sort((a, b) => a.col - b.col)
        .map((m) => cellXml(r, m))
        .join("")}</${p}row>`;
    if (data.selfClosing) {
      edits.push({ start: data.start, end: data.end, insert: `${rewriteStartTag(part.slice(data.start, data.end), {}, false)}${newRows.map(rowXml).join("")}</${p}sheetData>` });
    } else for (const r of newRows) insertAt(newRowAt.get(r) ?? data.closeStart, rowXml(r));
  }
  const legacy = options.legacyDrawing?.(existingLegacy);
  if (legacy) {
    const at = afterLegacy >= 0 ? afterLegacy : rootCloseStart;
    const id = rel ? `${rel}id="${legacy}"` : `xmlns:r="${REL_NS}" r:id="${legacy}"`;
    insertAt(at, `<${p}legacyDrawing ${id}/>`);
  }
  for (const [at, xml] of inserts) edits.push({ start: at, end: at, insert: xml.join("") });
  return edits.length > 0 ? part.build(edits) : null;
};
