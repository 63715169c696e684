/**
 * What one fake sheet holds: a dense grid of cells that grows on write. A cell keeps its value as
 * Sheets stores it (a typed value, or a formula when a string that Sheets parses as one was
 * written), its font, fill, note and number format, and the text formats a layout sets.
 */
import type { SheetCell } from "../../../src/sheets/server/host";

export const DEFAULT_FONT = "Arial";
export const NO_FILL = "#ffffff";

export interface FakeCell {
  value: SheetCell | "";
  /** Set when a written string became a formula (what the add-on must never cause). */
  formula?: string;
  font: string;
  background: string;
  note: string;
  numberFormat: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
  fontColor: string;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  border: boolean;
}

export const blankCell = (): FakeCell => ({
  value: "", font: DEFAULT_FONT, background: NO_FILL, note: "", numberFormat: "", fontWeight: "normal", fontStyle: "normal",
  fontSize: 10, fontColor: "#000000", horizontal: "general", vertical: "bottom", wrap: false, border: false,
});

export interface FakeMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeGrid {
  private readonly rows: (FakeCell | undefined)[][] = [];
  readonly merges: FakeMerge[] = [];
  /** What `Range.activate` selected last ("I11"). */
  selection: string | null = null;

  /** The cell at 0-based `r`, `c`, made when first touched. */
  at(r: number, c: number): FakeCell {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= blankCell());
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.rows[r]?.[c];
  }

  /** The last row and column (1-based) holding a value; 0 when the sheet is blank. */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && cell.value !== "") {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      }),
    );
    return { rows, columns };
  }

  /** Every touched cell with its 0-based place, for tests that compare whole sheets. */
  cells(): { r: number; c: number; cell: FakeCell }[] {
    const out: { r: number; c: number; cell: FakeCell }[] = [];
    this.rows.forEach((row, r) => row?.forEach((cell, c) => cell && out.push({ r, c, cell })));
    return out;
  }

  clearContents(top: number, left: number, bottom: number, right: number): void {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) {
      const cell = this.peek(r, c);
      if (cell) {
        cell.value = "";
        delete cell.formula;
      }
    }
  }
}

/**
 * What Sheets makes of a string written by `setValues` (as typed by a user): a leading apostrophe
 * keeps the rest as text; "=…" becomes a formula; a number or a true/false in text becomes one.
 */
export function parseEnteredValue(value: SheetCell): { value: SheetCell | ""; formula?: string } {
  if (typeof value !== "string") return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith("=") && value.length > 1) return { value: "#FORMULA", formula: value };
  if (/^[+-]?\d+([.,]\d+)?$/.test(value.trim())) return { value: Number(value.trim().replace(",", ".")) };
  if (/^(true|false)$/i.test(value.trim())) return { value: value.trim().toLowerCase() === "true" };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (date) return { value: new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1]))) };
  return { value };
}
