/// <reference types="office-js" />
/**
 * Fill and font colour of marked cells: read in one batch with getCellProperties, written grouped
 * with worksheet.getRanges("A1,B7,…") (ExcelApi 1.9) — per-cell format writes are the slow path.
 * Reads and writes are weighed pieces (syncInParts.ts), so that Excel on the web never gets more
 * than its 5 MB in one request or response.
 */
import type { Severity } from "../core/model";
import { groupCellsIntoRects, joinAddressLists, parseCellAddress, toCellAddress, toRangeAddress, type CellPosition, type RangeRect } from "./addresses";
import { MARK_COLOURS, compressCells, isSameColour, type SavedFill, type SavedFormat } from "./markState";
import { ACTION_BYTES, PATH_BYTES, weighAction, weighPath } from "./requestSize";
import { writePiece, type RequestPiece } from "./syncInParts";

const FORMAT_LOAD: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true } },
};

/** What getCellProperties sends back per cell for FORMAT_LOAD, rounded up (colours, pattern, JSON keys). */
const FORMAT_RESPONSE_BYTES_PER_CELL = 120;
/** A format property set on a range or areas: the set, and the `format` and `fill`/`font` paths. */
const FORMAT_SET_BYTES = ACTION_BYTES + 2 * PATH_BYTES + 20;

/** Reads of the current fill and font colour of cells, as pieces; `result` is whole after they synced. */
export interface FormatRead {
  pieces: RequestPiece[];
  result(): Map<string, SavedFormat>;
}

/** The fill and font colour of `cells`, read by rectangles of cells (a rectangle halves when refused). */
export function planFormatRead(sheet: Excel.Worksheet, cells: Iterable<string>): FormatRead {
  const wanted = new Set(cells);
  const formats = new Map<string, SavedFormat>();
  const positions = [...wanted].map(parseCellAddress).filter((p): p is CellPosition => p !== null);
  const readRect = (rect: RangeRect): RequestPiece => {
    const address = toRangeAddress(rect);
    const count = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    const piece: RequestPiece = {
      // Weighed by its response: a read's request is small, the cells' properties come back.
      bytes: Math.max(weighPath(address) + weighAction(FORMAT_LOAD), count * FORMAT_RESPONSE_BYTES_PER_CELL),
      queue: () => {
        const result = sheet.getRange(address).getCellProperties(FORMAT_LOAD);
        return () => collectFormats(rect, result.value, wanted, formats);
      },
    };
    if (rect.bottom > rect.top) {
      const middle = rect.top + Math.floor((rect.bottom - rect.top) / 2);
      piece.split = () => [readRect({ ...rect, bottom: middle }), readRect({ ...rect, top: middle + 1 })];
    }
    return piece;
  };
  return { pieces: groupCellsIntoRects(positions).map(readRect), result: () => formats };
}

function collectFormats(rect: RangeRect, lines: Excel.CellProperties[][], wanted: ReadonlySet<string>, into: Map<string, SavedFormat>): void {
  lines.forEach((line, i) =>
    line.forEach((props, j) => {
      const cell = toCellAddress({ row: rect.top + i, col: rect.left + j });
      if (wanted.has(cell)) into.set(cell, toSavedFormat(props));
    }),
  );
}

function toSavedFormat(props: Excel.CellProperties): SavedFormat {
  const fill = props.format?.fill;
  const saved: SavedFill = { color: fill?.color ?? "#FFFFFF", pattern: fill?.pattern ?? "None" };
  if (fill?.patternColor && saved.pattern !== "None" && saved.pattern !== "Solid") saved.patternColor = fill.patternColor;
  return { fill: saved, fontColor: props.format?.font?.color ?? "#000000" };
}

export function isMarkFill(fill: SavedFill | undefined): boolean {
  return fill?.pattern === "Solid" && Object.values(MARK_COLOURS).some((mark) => isSameColour(fill.color, mark.fill));
}

export function isMarkFontColour(colour: string | undefined): boolean {
  return Object.values(MARK_COLOURS).some((mark) => isSameColour(colour, mark.font));
}

/**
 * The format to remember for a cell about to be marked: what it shows now, except where it still
 * shows our own mark from an earlier check — then what was saved before that check.
 */
export function decideOriginalFormat(current: SavedFormat | undefined, saved: SavedFormat | undefined): SavedFormat | undefined {
  if (!current) return saved;
  if (!saved) return current;
  return {
    fill: isMarkFill(current.fill) ? saved.fill : current.fill,
    fontColor: isMarkFontColour(current.fontColor) ? saved.fontColor : current.fontColor,
  };
}

export interface FormatRestore {
  fills: Map<string, SavedFill>;
  fontColours: Map<string, string>;
}

/** Puts back only what still shows our mark: a colour the user chose after the check stays. */
export function decideRestores(cells: Iterable<string>, saved: ReadonlyMap<string, SavedFormat>, current: ReadonlyMap<string, SavedFormat>): FormatRestore {
  const restore: FormatRestore = { fills: new Map(), fontColours: new Map() };
  for (const cell of cells) {
    const original = saved.get(cell);
    const now = current.get(cell);
    if (!original || !now) continue;
    if (isMarkFill(now.fill)) restore.fills.set(cell, original.fill);
    if (isMarkFontColour(now.fontColor)) restore.fontColours.set(cell, original.fontColor);
  }
  return restore;
}

function groupBy<V>(entries: Iterable<[string, V]>, keyOf: (value: V) => string): Map<string, { value: V; cells: string[] }> {
  const groups = new Map<string, { value: V; cells: string[] }>();
  for (const [cell, value] of entries) {
    const key = keyOf(value);
    const group = groups.get(key) ?? { value, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  return groups;
}

/** One getRanges call per distinct format and per 8,000 characters of addresses, each a piece. */
function planAreas(sheet: Excel.Worksheet, cells: string[], sets: number, apply: (areas: Excel.RangeAreas) => void): RequestPiece[] {
  return joinAddressLists(compressCells(cells)).map((list) => writePiece(weighPath(list) + sets * FORMAT_SET_BYTES, () => apply(sheet.getRanges(list))));
}

export function planFormatRestore(sheet: Excel.Worksheet, restore: FormatRestore): RequestPiece[] {
  const pieces: RequestPiece[] = [];
  for (const { value: fill, cells } of groupBy(restore.fills, (f) => `${f.color}|${f.pattern}|${f.patternColor ?? ""}`).values()) {
    pieces.push(
      ...planAreas(sheet, cells, 3, (areas) => {
        if (fill.pattern === "None") {
          areas.format.fill.clear();
          return;
        }
        areas.format.fill.color = fill.color;
        if (fill.pattern !== "Solid") areas.format.fill.pattern = fill.pattern as Excel.FillPattern;
        if (fill.patternColor) areas.format.fill.patternColor = fill.patternColor;
      }),
    );
  }
  for (const { value: colour, cells } of groupBy(restore.fontColours, (c) => c.toUpperCase()).values()) {
    pieces.push(
      ...planAreas(sheet, cells, 1, (areas) => {
        areas.format.font.color = colour;
      }),
    );
  }
  return pieces;
}

export function planMarkPaint(sheet: Excel.Worksheet, severities: ReadonlyMap<string, Severity>): RequestPiece[] {
  return (["error", "warning"] as const).flatMap((severity) => {
    const cells = [...severities].filter(([, s]) => s === severity).map(([cell]) => cell);
    return planAreas(sheet, cells, 2, (areas) => {
      areas.format.fill.color = MARK_COLOURS[severity].fill;
      areas.format.font.color = MARK_COLOURS[severity].font;
    });
  });
}
