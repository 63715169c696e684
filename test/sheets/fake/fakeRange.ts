/** A rectangle of a fake sheet, with the Range and RangeList methods the add-on calls, each counted. */
import { parseRangeAddress, toRangeAddress } from "../../../src/excel/addresses";
import type { FontStyle, FontWeight, HorizontalAlignment, RangeLike, RangeListLike, SheetCell, VerticalAlignment } from "../../../src/sheets/server/host";
import type { CallLog } from "./callLog";
import { blankCell, DEFAULT_FONT, NO_FILL, parseEnteredValue, type FakeCell, type FakeGrid } from "./fakeCells";

export interface Rect {
  /** 1-based, as Apps Script counts. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class FakeRange implements RangeLike {
  constructor(
    private readonly grid: FakeGrid,
    private readonly log: CallLog,
    readonly rect: Rect,
  ) {
    if (rect.numRows < 1 || rect.numColumns < 1) throw new Error("The number of rows/columns in the range must be at least 1.");
  }

  private call(name: string): void {
    this.log.record(`Range.${name}`);
  }

  private read<T>(pick: (cell: FakeCell) => T): T[][] {
    const blank = blankCell();
    const { row, column, numRows, numColumns } = this.rect;
    return Array.from({ length: numRows }, (_, i) => Array.from({ length: numColumns }, (_, j) => pick(this.grid.peek(row - 1 + i, column - 1 + j) ?? blank)));
  }

  private write<T>(values: T[][], put: (cell: FakeCell, value: T) => void): this {
    const { row, column, numRows, numColumns } = this.rect;
    if (values.length !== numRows || values.some((line) => line.length !== numColumns)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${numRows} × ${numColumns}).`);
    }
    values.forEach((line, i) => line.forEach((value, j) => put(this.grid.at(row - 1 + i, column - 1 + j), value)));
    return this;
  }

  private fill<T>(value: T, put: (cell: FakeCell, value: T) => void): this {
    return this.write(Array.from({ length: this.rect.numRows }, () => new Array<T>(this.rect.numColumns).fill(value)), put);
  }

  getRow(): number { this.call("getRow"); return this.rect.row; }
  getColumn(): number { this.call("getColumn"); return this.rect.column; }
  getNumRows(): number { this.call("getNumRows"); return this.rect.numRows; }
  getNumColumns(): number { this.call("getNumColumns"); return this.rect.numColumns; }
  getA1Notation(): string {
    this.call("getA1Notation");
    const { row, column, numRows, numColumns } = this.rect;
    return toRangeAddress({ top: row - 1, left: column - 1, bottom: row + numRows - 2, right: column + numColumns - 2 });
  }

  getValues(): SheetCell[][] { this.call("getValues"); return this.read((c) => c.value); }
  getFontFamilies(): string[][] { this.call("getFontFamilies"); return this.read((c) => c.font); }
  getBackgrounds(): string[][] { this.call("getBackgrounds"); return this.read((c) => c.background); }
  getNotes(): string[][] { this.call("getNotes"); return this.read((c) => c.note); }

  getMergedRanges(): FakeRange[] {
    this.call("getMergedRanges");
    const { row, column, numRows, numColumns } = this.rect;
    return this.grid.merges
      .filter((m) => m.top < row - 1 + numRows && m.bottom >= row - 1 && m.left < column - 1 + numColumns && m.right >= column - 1)
      .map((m) => new FakeRange(this.grid, this.log, { row: m.top + 1, column: m.left + 1, numRows: m.bottom - m.top + 1, numColumns: m.right - m.left + 1 }));
  }

  setValues(values: SheetCell[][]): this {
    this.call("setValues");
    return this.write(values, (cell, value) => {
      const entered = parseEnteredValue(value);
      cell.value = entered.value;
      if (entered.formula === undefined) delete cell.formula;
      else cell.formula = entered.formula;
    });
  }

  setNumberFormats(formats: string[][]): this { this.call("setNumberFormats"); return this.write(formats, (c, v) => (c.numberFormat = v)); }
  setBackgrounds(colors: (string | null)[][]): this { this.call("setBackgrounds"); return this.write(colors, (c, v) => (c.background = v ?? NO_FILL)); }
  setNotes(notes: (string | null)[][]): this { this.call("setNotes"); return this.write(notes, (c, v) => (c.note = v ?? "")); }
  setFontFamily(font: string): this { this.call("setFontFamily"); return this.fill(font, (c, v) => (c.font = v || DEFAULT_FONT)); }
  setFontSize(size: number): this { this.call("setFontSize"); return this.fill(size, (c, v) => (c.fontSize = v)); }
  setFontWeights(weights: FontWeight[][]): this { this.call("setFontWeights"); return this.write(weights, (c, v) => (c.fontWeight = v)); }
  setFontStyles(styles: FontStyle[][]): this { this.call("setFontStyles"); return this.write(styles, (c, v) => (c.fontStyle = v)); }
  setFontSizes(sizes: number[][]): this { this.call("setFontSizes"); return this.write(sizes, (c, v) => (c.fontSize = v)); }
  setFontColors(colors: string[][]): this { this.call("setFontColors"); return this.write(colors, (c, v) => (c.fontColor = v)); }
  setHorizontalAlignments(a: HorizontalAlignment[][]): this { this.call("setHorizontalAlignments"); return this.write(a, (c, v) => (c.horizontal = v)); }
  setVerticalAlignments(a: VerticalAlignment[][]): this { this.call("setVerticalAlignments"); return this.write(a, (c, v) => (c.vertical = v)); }
  setWraps(wraps: boolean[][]): this { this.call("setWraps"); return this.write(wraps, (c, v) => (c.wrap = v)); }

  merge(): this {
    this.call("merge");
    const { row, column, numRows, numColumns } = this.rect;
    const m = { top: row - 1, left: column - 1, bottom: row + numRows - 2, right: column + numColumns - 2 };
    if (this.grid.merges.some((o) => o.top <= m.bottom && o.bottom >= m.top && o.left <= m.right && o.right >= m.left)) throw new Error("You must select all cells in a merged range to merge or unmerge them.");
    this.grid.merges.push(m);
    return this;
  }

  /** The cell or range the user sees selected; kept on the grid for the tests. */
  activate(): this {
    this.call("activate");
    this.grid.selection = this.getA1Notation();
    return this;
  }

  clearContent(): this {
    this.call("clearContent");
    const { row, column, numRows, numColumns } = this.rect;
    this.grid.clearContents(row - 1, column - 1, row + numRows - 2, column + numColumns - 2);
    return this;
  }
}

export class FakeRangeList implements RangeListLike {
  constructor(
    private readonly ranges: FakeRange[],
    private readonly grid: FakeGrid,
    private readonly log: CallLog,
  ) {}

  setBackground(color: string | null): this {
    this.log.record("RangeList.setBackground");
    for (const range of this.ranges) this.each(range, (cell) => (cell.background = color ?? NO_FILL));
    return this;
  }

  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean): this {
    this.log.record("RangeList.setBorder");
    const all = top && left && bottom && right && vertical && horizontal;
    for (const range of this.ranges) this.each(range, (cell) => (cell.border = all));
    return this;
  }

  private each(range: FakeRange, put: (cell: FakeCell) => void): void {
    const { row, column, numRows, numColumns } = range.rect;
    for (let r = row - 1; r < row - 1 + numRows; r++) for (let c = column - 1; c < column - 1 + numColumns; c++) put(this.grid.at(r, c));
  }
}

/** "B3:D9" → the 1-based rectangle, as Sheet.getRange(a1) would take it. */
export function rectOfA1(a1: string): Rect {
  const rect = parseRangeAddress(a1);
  if (!rect) throw new Error(`Range not found: ${a1}`);
  return { row: rect.top + 1, column: rect.left + 1, numRows: rect.bottom - rect.top + 1, numColumns: rect.right - rect.left + 1 };
}
