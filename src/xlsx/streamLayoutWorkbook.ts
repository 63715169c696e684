import type ExcelJS from "exceljs";
import type { Row, Worksheet } from "exceljs";
import type { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import type { Layout, LayoutCell, Merge } from "../core/layout/types";
import type { OwnSheetRole } from "../core/ownOutput/ownSheets";
import {
  addLayoutPageBreaks,
  addLayoutValidations,
  applyColumnWidths,
  chooseSheetNameAmong,
  isRealMerge,
  LIST_SHEET,
  listSourceFormula,
  makeStyleCache,
  markOwnSheet,
  rowHeightsOf,
  worksheetOptionsOf,
  writeLayoutCell,
} from "./layoutCells";
import { WorkbookWriter } from "./exceljsStreamWriter";
import { RowXmlWriter } from "./streamRowXml";

/**
 * Writes layouts as an .xlsx with exceljs's streaming writer: rows go out to the zip as they are
 * made instead of the whole workbook being built in memory first (the country's consolidation,
 * 200,000 rows, took 3.7 GB that way). Each cell, row and sheet gets exactly what renderLayout.ts
 * gives it (layoutCells.ts decides for both); only the order of the work differs, because a row
 * once committed cannot be touched again:
 * - cells are taken in row order (stable: two cells at one address keep their order, the last wins);
 * - a merge is applied once every row it covers has its cells (exceljs then gives the covered cells
 *   the top-left cell's style, as the in-memory writer does after all cells), and no row a pending
 *   merge covers is committed before it;
 * - plain rows (no note, no merge) take the fast lane of streamRowXml.ts, the same XML without
 *   exceljs's Row and Cell objects; rows with notes or merges go through exceljs's rows;
 * - text is written in the cell (`t="str"`), not in a shared-strings table that would have to hold
 *   every distinct text of the country until the end;
 * - print titles: exceljs's workbook part turns each sheet's `pageSetup.printTitlesRow` into the
 *   `_xlnm.Print_Titles` defined name of that sheet, streamed sheets included.
 * test/xlsx/streamLayoutWorkbook.test.ts reads both writers' workbooks back and compares them whole.
 * Node only (streams): the browser pane keeps renderLayout.ts.
 */

/** A layout, or a function making it when its sheet's turn comes (only one is then held at a time). */
export type LayoutSource = Layout | (() => Layout);

export interface StreamWorkbookOptions {
  /** The workbook's author in its properties. */
  creator?: string;
}

/** Rows held before they are committed, and rows written between two turns of the event loop. */
const COMMIT_EVERY = 256;
const YIELD_EVERY = 256;

const byRow = (cells: readonly LayoutCell[]): readonly LayoutCell[] => {
  for (let i = 1; i < cells.length; i++) {
    // Array.prototype.sort is stable: cells of one row keep the layout's order.
    if ((cells[i] as LayoutCell).row < (cells[i - 1] as LayoutCell).row) return [...cells].sort((a, b) => a.row - b.row);
  }
  return cells;
};

/**
 * The in-memory writer lists merges in the order of their first covered cell, row by row (it finds
 * them from the cells as it writes the rows); merges are applied, and so listed, in that order here.
 */
const byFirstCoveredCell = (a: Merge, b: Merge): number => {
  const [ra, ca] = a.right > a.left ? [a.top, a.left + 1] : [a.top + 1, a.left];
  const [rb, cb] = b.right > b.left ? [b.top, b.left + 1] : [b.top + 1, b.left];
  return ra - rb || ca - cb;
};

/** The hidden "Danh mục" sheet, made when a first layout needs it and filled column by column. */
class ListSheet {
  private sheet: Worksheet | undefined;
  private columns = 0;

  constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly names: string[],
  ) {}

  add(values: string[]): string {
    if (!this.sheet) {
      this.sheet = this.workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
      this.names.push(LIST_SHEET);
    }
    const col = ++this.columns;
    // Its rows stay uncommitted until the workbook is: later lists still go into rows 1, 2, …
    values.forEach((v, i) => {
      (this.sheet as Worksheet).getCell(i + 1, col).value = v;
    });
    return listSourceFormula(this.sheet.getColumn(col).letter, values.length);
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * exceljs's streaming writer leaves out a row without a value or a height, and with it the styled
 * empty cells and notes it holds (an empty bordered cell that has a note, the empty top-left cell of
 * a merge); the in-memory writer keeps every row that has a cell. Such a row is marked as having
 * values so that it is written too.
 */
const keepRow = (row: Row): void => {
  if (row.cellCount > 0 && !row.hasValues) Object.defineProperty(row, "hasValues", { value: true });
};

/** Rows exceljs's own rows must write: those with a note (its comments part) or inside a merge. */
const rowsForExceljs = (cells: readonly LayoutCell[], merges: readonly Merge[]): Set<number> => {
  const rows = new Set<number>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) rows.add(r);
  for (const cell of cells) if (cell.note !== undefined && cell.note !== "") rows.add(cell.row);
  return rows;
};

const writeLayoutSheet = async (wb: ExcelJS.stream.xlsx.WorkbookWriter, layout: Layout, names: string[], lists: ListSheet, check: () => void, marked: Set<OwnSheetRole>): Promise<void> => {
  const name = chooseSheetNameAmong(names, layout.sheetName);
  names.push(name);
  const ws = wb.addWorksheet(name, worksheetOptionsOf(layout));
  markOwnSheet(wb.definedNames, name, layout.role, marked);
  applyColumnWidths(ws, layout);
  addLayoutPageBreaks(ws, layout);
  const styleFor = makeStyleCache(layout.font);
  const cells = byRow(layout.cells);
  const heights = rowHeightsOf(layout);
  const merges = layout.merges.filter(isRealMerge).sort(byFirstCoveredCell);
  const viaExceljs = rowsForExceljs(cells, merges);
  const plain = new RowXmlWriter(ws, styleFor);
  // The lowest top row of the merges from i on: no row from there may be committed yet.
  const heldFrom = new Array<number>(merges.length + 1).fill(Infinity);
  for (let i = merges.length - 1; i >= 0; i--) heldFrom[i] = Math.min((merges[i] as Merge).top, heldFrom[i + 1] as number);
  let nextMerge = 0;
  /** The last row given to exceljs's rows, and the last of them committed (written into the sheet). */
  let given = 0;
  let committed = 0;
  let rowsSinceTurn = 0;

  const commitThrough = (row: number): void => {
    // Plain rows waiting in the buffer come before these in the sheet.
    plain.flush();
    ws.getRow(row).commit();
    committed = row;
  };
  /** Every row up to `done` has its cells: apply the merges that were waiting for them, commit what no merge holds. */
  const settle = (done: number): void => {
    for (let m = merges[nextMerge]; m !== undefined && m.bottom <= done; m = merges[++nextMerge]) {
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
      keepRow(ws.getRow(m.top));
      given = Math.max(given, m.bottom);
    }
    const safe = Math.min(done, given, (heldFrom[nextMerge] as number) - 1);
    if (safe - committed >= COMMIT_EVERY) commitThrough(safe);
  };

  let c = 0;
  let h = 0;
  while (c < cells.length || h < heights.length) {
    const row = Math.min(cells[c]?.row ?? Infinity, heights[h]?.[0] ?? Infinity);
    settle(row - 1);
    const height = heights[h]?.[0] === row ? (heights[h++] as [number, number])[1] : undefined;
    const from = c;
    while (cells[c]?.row === row) c++;
    if (viaExceljs.has(row)) {
      const target = ws.getRow(row);
      if (height !== undefined) target.height = height;
      for (let i = from; i < c; i++) writeLayoutCell(target.getCell((cells[i] as LayoutCell).col), cells[i] as LayoutCell, styleFor, true);
      keepRow(target);
      given = row;
    } else {
      // Every merge above this row is applied (a merge it is not in ends above it): exceljs's
      // rows so far can go out, then this one after them.
      if (given > committed) commitThrough(given);
      plain.add(row, cells, from, c, height);
    }
    if (++rowsSinceTurn >= YIELD_EVERY) {
      rowsSinceTurn = 0;
      plain.flush();
      // Lets the zip compress and the file take what is written so far.
      await nextTurn();
      check();
    }
  }
  settle(Infinity);
  addLayoutValidations(ws, layout, (values) => lists.add(values));
  plain.flush();
  ws.commit();
};

/**
 * Streams `layouts`, one sheet each in order, as an .xlsx into `out`, which it ends. Rejects with
 * the first error of `out` (a full disk, a file that cannot be written) as soon as it happens.
 */
export const streamLayoutsToXlsx = async (out: Writable, layouts: Iterable<LayoutSource>, options: StreamWorkbookOptions = {}): Promise<void> => {
  let failure: { error: unknown } | undefined;
  let rejectFailed: (e: unknown) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    rejectFailed = reject;
  });
  failed.catch(() => undefined);
  const onError = (error: unknown): void => {
    failure ??= { error };
    rejectFailed(error);
  };
  const check = (): void => {
    if (failure) throw failure.error;
  };
  out.on("error", onError);
  const wb = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // The zip part is an archiver stream; without a listener an error of its own would be thrown out of the process.
  (wb as unknown as { zip: EventEmitter }).zip.on("error", onError);
  if (options.creator !== undefined) {
    wb.creator = options.creator;
    wb.lastModifiedBy = options.creator;
  }
  const names: string[] = [];
  const lists = new ListSheet(wb, names);
  const marked = new Set<OwnSheetRole>();
  try {
    for (const source of layouts) {
      await writeLayoutSheet(wb, typeof source === "function" ? source() : source, names, lists, check, marked);
      check();
      await nextTurn();
    }
    await Promise.race([wb.commit(), failed]);
  } finally {
    out.off("error", onError);
  }
};

/** The same workbook as bytes in memory (for tests, and callers that want the bytes). */
export const streamLayoutsToBytes = async (layouts: Iterable<LayoutSource>, options: StreamWorkbookOptions = {}): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await streamLayoutsToXlsx(sink, layouts, options);
  return new Uint8Array(Buffer.concat(chunks));
};
