/**
 * Nomination sheets for the fake workbook, shaped like the ones offices keep: a title, a header,
 * a row of column numbers, then one row per nominee. Shared by the tests and the sync bench.
 */
import { createDefaultCell, type FakeBook, type FakeCell, type FakeSheet } from "./fakeBook";

/** Writes values from `top` (0-based) and `left`; null leaves a cell empty. */
export function fillRows(sheet: FakeSheet, rows: readonly (readonly (string | number | boolean | null)[])[], top = 0, left = 0): void {
  rows.forEach((line, i) =>
    line.forEach((value, j) => {
      if (value !== null) sheet.updateCell(top + i, left + j, (cell) => { cell.value = value; });
    }),
  );
}

export function styleCell(sheet: FakeSheet, row: number, col: number, change: (cell: FakeCell) => void): void {
  sheet.updateCell(row, col, change);
}

export const SAMPLE_HEADER = ["TT", "Họ và tên", "Đối tượng", "Đơn vị", "Thành tích", "Ngày giới thiệu"];
/** 1 January 2024 as an Excel serial. */
export const SERIAL_2024_01_01 = 45292;

/**
 * `count` nominee rows under the header (data starts at Excel row 4). With `legacyTitle` the title
 * is drawn in .VnTimeH and the body in .VnTime, so the sheet mixes fonts.
 */
export function addNominationSheet(book: FakeBook, name: string, count: number, options: { legacyTitle?: boolean } = {}): FakeSheet {
  const sheet = book.addSheet(name);
  fillRows(sheet, [["DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"], SAMPLE_HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]]);
  const rows = Array.from({ length: count }, (_, i) => [
    i + 1,
    `Nguyễn Văn ${i + 1}`,
    i % 3 === 0 ? "Tập thể" : "Cá nhân",
    "Phường Bồ Đề",
    i % 5 === 0 ? "" : "Hoàn thành xuất sắc nhiệm vụ",
    SERIAL_2024_01_01 + (i % 30),
  ]);
  fillRows(sheet, rows, 3);
  for (let i = 0; i < count; i++) sheet.updateCell(3 + i, 5, (cell) => { cell.numberFormat = "dd/mm/yyyy"; });
  if (options.legacyTitle) {
    sheet.updateCell(0, 0, (cell) => { cell.font.name = ".VnTimeH"; });
    for (let r = 1; r < count + 3; r++) {
      for (let c = 0; c < SAMPLE_HEADER.length; c++) sheet.updateCell(r, c, (cell) => { cell.font.name = ".VnTime"; });
    }
  }
  return sheet;
}

/** The sheet as comparable data: every cell that differs from a blank cell, plus notes and comments. */
export function snapshotSheet(sheet: FakeSheet): { cells: Record<string, FakeCell>; notes: Record<string, string>; comments: string[] } {
  const blank = JSON.stringify(createDefaultCell());
  const cells: Record<string, FakeCell> = {};
  for (const [key, cell] of [...sheet.cells].sort(([a], [b]) => a.localeCompare(b))) {
    if (JSON.stringify(cell) !== blank) cells[key] = structuredClone(cell);
  }
  return {
    cells,
    notes: Object.fromEntries([...sheet.notes].sort(([a], [b]) => a.localeCompare(b))),
    comments: sheet.comments.map((c) => `${c.cell}: ${c.content}`).sort(),
  };
}

export function listValues(sheet: FakeSheet): Record<string, unknown> {
  return Object.fromEntries([...sheet.cells].filter(([, c]) => c.value !== "").map(([key, c]) => [key, c.value]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}
