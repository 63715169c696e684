import type ExcelJS from "exceljs";
import type { Style, Worksheet } from "exceljs";
import { ValueType } from "./exceljsStreamWriter";
import type { LayoutCell } from "../core/layout/types";
import { toColumnLetter } from "../core/read/grid";
import { toCellValue, type StyleFor } from "./layoutCells";
import { xmlEncode } from "./xmlText";

/**
 * The fast lane of the streaming writer: a plain row (no note, no merge) written straight into the
 * sheet's XML, without the Row and Cell objects and the per-row XML builder of exceljs's
 * WorksheetWriter (half the time of writing the consolidation, and most of its garbage). The XML
 * is the one exceljs 4.4 writes for such a row — same attributes in the same order, same escaping,
 * style ids from the workbook's own style table — except that, like the in-memory writer, a row
 * holding only empty styled cells is written (exceljs's streaming writer drops it).
 * test/xlsx/streamLayoutWorkbook.test.ts reads the workbooks back and compares them whole.
 * Rows with notes or merges go through exceljs's own rows: see streamLayoutWorkbook.ts.
 */

/** What of exceljs 4.4's WorksheetWriter and style table this file writes through. */
interface SheetWriterInternals {
  readonly stream: { write(chunk: string): unknown };
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  /** Rows not yet committed, `_rows[0]` being row `_rowZero`; shifted out as rows are committed. */
  _rows: unknown[];
  _rowZero: number;
  readonly workbook: { styles: { addStyleModel(style: Partial<Style>, cellType: ExcelJS.ValueType): number } };
}

export { xmlEncode } from "./xmlText";

/** "AB" for column 28 (1-based, as exceljs counts). */
const columnLetter = (col: number): string => toColumnLetter(col - 1);

/** Excel's serial day number, as exceljs computes it (1900 date system). */
const toSerialDay = (date: Date): number => 25569 + date.getTime() / (24 * 3600 * 1000);

interface CellState {
  col: number;
  value: string | number | Date | null;
  style: Partial<Style>;
}

/** Writes plain rows of one sheet, in order, as XML; buffered until `flush`. */
export class RowXmlWriter {
  private readonly sheet: SheetWriterInternals;
  private parts: string[] = [];
  private lastRow = 0;

  constructor(
    ws: Worksheet,
    private readonly styleFor: StyleFor,
  ) {
    this.sheet = ws as unknown as SheetWriterInternals;
  }

  /**
   * Row `row` of `cells[from..to)` (all that row's cells, in the layout's order) with its height.
   * As exceljs does: the last cell at an address gives the style, the last value that is not empty
   * the value; a row with neither a cell nor a height is not written.
   */
  add(row: number, cells: readonly LayoutCell[], from: number, to: number, height: number | undefined): void {
    this.lastRow = row;
    let ascending = true;
    for (let i = from + 1; i < to && ascending; i++) ascending = (cells[i] as LayoutCell).col > (cells[i - 1] as LayoutCell).col;
    if (!ascending) {
      // Two cells at one address, or out of order: merged per column as exceljs's cells would be.
      this.addCells(row, this.mergedByColumn(cells, from, to), height);
      return;
    }
    if (from === to && !height) return;
    let xml = this.openRow(row, height, from < to ? (cells[from] as LayoutCell).col : 0, from < to ? (cells[to - 1] as LayoutCell).col : 0);
    let inner = "";
    for (let i = from; i < to; i++) {
      const cell = cells[i] as LayoutCell;
      const value = toCellValue(cell.value) as CellState["value"];
      inner += this.cellXml(row, cell.col, value, this.styleFor(cell.style, value instanceof Date));
    }
    xml += inner === "" ? "/>" : `>${inner}</row>`;
    this.parts.push(xml);
  }

  private addCells(row: number, states: readonly CellState[], height: number | undefined): void {
    let xml = this.openRow(row, height, states[0]?.col ?? 0, states[states.length - 1]?.col ?? 0);
    let inner = "";
    for (const { col, value, style } of states) inner += this.cellXml(row, col, value, style);
    xml += inner === "" ? "/>" : `>${inner}</row>`;
    this.parts.push(xml);
  }

  /** The row's start tag, its attributes in exceljs's order; `first`/`last` 0 when it has no cell. */
  private openRow(row: number, height: number | undefined, first: number, last: number): string {
    let xml = `<row r="${row}"`;
    if (height) xml += ` ht="${height}" customHeight="1"`;
    if (first > 0) xml += ` spans="${first}:${last}"`;
    return `${xml} x14ac:dyDescent="0.25"`;
  }

  /** A cell as exceljs writes it; an empty cell without a style is left out (it still counts in the row's span). */
  private cellXml(row: number, col: number, value: CellState["value"], style: Partial<Style>): string {
    const type = value === null ? ValueType.Null : typeof value === "string" ? ValueType.String : typeof value === "number" ? ValueType.Number : ValueType.Date;
    const styleId = this.sheet.workbook.styles.addStyleModel(style, type);
    if (value === null && !styleId) return "";
    const start = `<c r="${columnLetter(col)}${row}"${styleId ? ` s="${styleId}"` : ""}`;
    if (value === null) return `${start}/>`;
    if (typeof value === "string") return `${start} t="str"><v>${xmlEncode(value)}</v></c>`;
    return `${start}><v>${typeof value === "number" ? value : toSerialDay(value)}</v></c>`;
  }

  /** Sends what is buffered into the sheet's stream (before exceljs writes a row of its own, and at the end). */
  flush(): void {
    if (this.parts.length === 0) return;
    if (!this.sheet.startedData) {
      // What exceljs does before its first row: the column widths, then the sheet's data opens.
      this.sheet._writeColumns();
      this.sheet._writeOpenSheetData();
      this.sheet.startedData = true;
    }
    this.sheet.stream.write(this.parts.join(""));
    this.parts = [];
    // exceljs counts its rows from the last it committed: after 18,000 plain rows, its next row
    // (a signature block's merge) would sit 18,000 places into an array that committing shifts
    // one place at a time, quadratic (10 s for 300 units' Danh sách). Its rows being all committed
    // before plain rows are written, it is told where the sheet is, as its own commit does.
    if (this.sheet._rows.length === 0 && this.lastRow >= this.sheet._rowZero) this.sheet._rowZero = this.lastRow + 1;
  }

  private mergedByColumn(cells: readonly LayoutCell[], from: number, to: number): CellState[] {
    const byCol = new Map<number, CellState>();
    for (let i = from; i < to; i++) {
      const cell = cells[i] as LayoutCell;
      const value = toCellValue(cell.value) as CellState["value"];
      const state = { col: cell.col, value: value ?? byCol.get(cell.col)?.value ?? null, style: this.styleFor(cell.style, value instanceof Date) };
      byCol.set(cell.col, state);
    }
    return [...byCol.values()].sort((a, b) => a.col - b.col);
  }
}
