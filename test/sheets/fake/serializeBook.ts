/**
 * A fake spreadsheet as JSON and back, so one made in Node (from an exceljs workbook) can be
 * handed to the page of the end-to-end test, where the real server runs over it.
 */
import type { FakeCell, FakeMerge } from "./fakeCells";
import { FakeSpreadsheet } from "./fakeSpreadsheet";

type StoredValue = FakeCell["value"] | { $date: string };

export interface StoredBook {
  name: string;
  timeZone: string;
  active: string | null;
  sheets: { name: string; hidden: boolean; merges: FakeMerge[]; cells: { r: number; c: number; cell: Omit<FakeCell, "value"> & { value: StoredValue } }[] }[];
}

export function storeBook(book: FakeSpreadsheet): StoredBook {
  return {
    name: book.name,
    timeZone: book.timeZone,
    active: book.active?.name ?? null,
    sheets: book.sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden,
      merges: [...s.grid.merges],
      cells: s.grid.cells().map(({ r, c, cell }) => ({ r, c, cell: { ...cell, value: cell.value instanceof Date ? { $date: cell.value.toISOString() } : cell.value } })),
    })),
  };
}

export function restoreBook(stored: StoredBook): FakeSpreadsheet {
  const book = new FakeSpreadsheet(stored.name, stored.timeZone);
  for (const s of stored.sheets) {
    const sheet = book.addSheet(s.name);
    sheet.hidden = s.hidden;
    sheet.grid.merges.push(...s.merges);
    for (const { r, c, cell } of s.cells) {
      const { value, ...rest } = cell;
      Object.assign(sheet.grid.at(r, c), rest, { value: typeof value === "object" && value !== null && "$date" in value ? new Date(value.$date) : value });
    }
  }
  book.active = book.sheets.find((s) => s.name === stored.active) ?? book.sheets[0] ?? null;
  return book;
}
