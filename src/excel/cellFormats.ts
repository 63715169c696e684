/// <reference types="office-js" />
/**
 * Fill and font colour of marked cells: read in one batch with getCellProperties, written grouped
 * with worksheet.getRanges("A1,B7,…") (ExcelApi 1.9) — per-cell format writes are the slow path.
 */
import type { Severity } from "../core/model";
import { groupCellsIntoRects, joinAddressLists, parseCellAddress, toCellAddress, toRangeAddress, type CellPosition } from "./addresses";
import { MARK_COLOURS, compressCells, isSameColour, type SavedFill, type SavedFormat } from "./markState";

const FORMAT_LOAD: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true } },
};

/** Queues a read of the current fill and font colour of `cells`; the map is ready after the sync. */
export function queueFormatRead(sheet: Excel.Worksheet, cells: Iterable<string>): () => Map<string, SavedFormat> {
  const wanted = new Set(cells);
  const positions = [...wanted].map(parseCellAddress).filter((p): p is CellPosition => p !== null);
  const reads = groupCellsIntoRects(positions).map((rect) => ({
    rect,
    result: sheet.getRange(toRangeAddress(rect)).getCellProperties(FORMAT_LOAD),
  }));
  return () => {
    const formats = new Map<string, SavedFormat>();
    for (const { rect, result } of reads) {
      result.value.forEach((line, i) =>
        line.forEach((props, j) => {
          const cell = toCellAddress({ row: rect.top + i, col: rect.left + j });
          if (wanted.has(cell)) formats.set(cell, toSavedFormat(props));
        }),
      );
    }
    return formats;
  };
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

/** One getRanges call per distinct format and per 8,000 characters of addresses. */
function forEachAreas(sheet: Excel.Worksheet, cells: string[], apply: (areas: Excel.RangeAreas) => void): void {
  for (const list of joinAddressLists(compressCells(cells))) apply(sheet.getRanges(list));
}

export function queueFormatRestore(sheet: Excel.Worksheet, restore: FormatRestore): void {
  for (const { value: fill, cells } of groupBy(restore.fills, (f) => `${f.color}|${f.pattern}|${f.patternColor ?? ""}`).values()) {
    forEachAreas(sheet, cells, (areas) => {
      if (fill.pattern === "None") {
        areas.format.fill.clear();
        return;
      }
      areas.format.fill.color = fill.color;
      if (fill.pattern !== "Solid") areas.format.fill.pattern = fill.pattern as Excel.FillPattern;
      if (fill.patternColor) areas.format.fill.patternColor = fill.patternColor;
    });
  }
  for (const { value: colour, cells } of groupBy(restore.fontColours, (c) => c.toUpperCase()).values()) {
    forEachAreas(sheet, cells, (areas) => {
      areas.format.font.color = colour;
    });
  }
}

export function queueMarkPaint(sheet: Excel.Worksheet, severities: ReadonlyMap<string, Severity>): void {
  for (const severity of ["error", "warning"] as const) {
    const cells = [...severities].filter(([, s]) => s === severity).map(([cell]) => cell);
    if (cells.length === 0) continue;
    forEachAreas(sheet, cells, (areas) => {
      areas.format.fill.color = MARK_COLOURS[severity].fill;
      areas.format.font.color = MARK_COLOURS[severity].font;
    });
  }
}
