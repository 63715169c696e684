/**
 * Kiểm tra marks failing cells with a fill and a note; a second check moves the marks; "Xóa đánh
 * dấu" puts back exactly the fills and notes the cells had, also after the state was saved and
 * read back; a fill or note the user changed since is the user's and stays.
 */
import ExcelJS from "exceljs";
import { listBuiltinPlans } from "../../src/plans/builtinPlans";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/sheets/server/markState";
import { createSheetsServer } from "../../src/sheets/server/server";
import { STATE_SHEET_NAME } from "../../src/sheets/server/stateSheet";
import { addListSheet } from "../helpers/cliFixtures";
import type { FakeCell } from "./fake/fakeCells";
import { createFakeHost, type FakeSheet, type FakeSpreadsheet } from "./fake/fakeSpreadsheet";
import { openInFakeSheets } from "./fake/fromExcelJs";
import { BO_DE, PLAN_ID } from "./helpers/wardBook";

/** Bồ Đề's list, where Trần Thị Mai (row 11) has no mark for the third criterion (I11); the user had coloured and annotated cells. */
function openWard(): FakeSpreadsheet {
  const wb = new ExcelJS.Workbook();
  const ws = addListSheet(wb, BO_DE);
  ws.getCell("I11").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAD3" } };
  ws.getCell("I11").note = "Chờ phường bổ sung";
  ws.getCell("B9").note = "Đã xác minh";
  return openInFakeSheets(wb, "Phuong_Bo_De");
}

const snapshotCells = (sheet: FakeSheet): { r: number; c: number; cell: FakeCell }[] => JSON.parse(JSON.stringify(sheet.grid.cells())) as { r: number; c: number; cell: FakeCell }[];
const at = (sheet: FakeSheet, a1: string): FakeCell | undefined => {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  return m ? sheet.grid.peek(Number(m[2]) - 1, (m[1] as string).charCodeAt(0) - 65) : undefined;
};

test("a check marks the failing cell over the user's fill and note, and clearing puts both back exactly", async () => {
  const book = openWard();
  const sheet = book.sheet("Bồ Đề");
  const before = snapshotCells(sheet);
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());

  const report = await server.checkActiveSheet(PLAN_ID);
  expect(report.sheets.flatMap((s) => s.findings.map((f) => [f.code, f.cell ?? null]))).toStrictEqual([["cell/criterion", "I11"]]);
  const message = report.sheets[0]?.findings[0]?.message ?? "";
  expect({ fill: at(sheet, "I11")?.background, note: at(sheet, "I11")?.note }).toStrictEqual({ fill: MARK_FILLS.error, note: `Chờ phường bổ sung\n\n${NOTE_PREFIX}${message}` });
  // Values are never written: only the marked cell's fill and note changed.
  const changed = snapshotCells(sheet).filter((x, i) => JSON.stringify(x) !== JSON.stringify(before[i]));
  expect(changed.map((x) => [x.r, x.c])).toStrictEqual([[10, 8]]);
  // The state is kept in a hidden sheet of ours, never in the user's sheet.
  expect(book.sheets.map((s) => [s.name, s.hidden])).toStrictEqual([["Bồ Đề", false], [STATE_SHEET_NAME, true]]);
  expect(book.active).toBe(sheet);

  server.clearMarks();
  expect(snapshotCells(sheet)).toStrictEqual(before);
  expect(book.sheet(STATE_SHEET_NAME).grid.extent()).toStrictEqual({ rows: 0, columns: 0 });
});

test("a second check after the officer fixed the row takes the marks away, restoring the cell", async () => {
  const book = openWard();
  const sheet = book.sheet("Bồ Đề");
  const before = snapshotCells(sheet);
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());
  await server.checkActiveSheet(PLAN_ID);

  (at(sheet, "I11") as FakeCell).value = "x";
  const report = await server.checkActiveSheet(PLAN_ID);

  expect(report.summary.errors).toBe(0);
  const expected = before.map((x) => (x.r === 10 && x.c === 8 ? { ...x, cell: { ...x.cell, value: "x" } } : x));
  expect(snapshotCells(sheet)).toStrictEqual(expected);
});

test("clearing keeps what the user changed on a marked cell since the check", async () => {
  const book = openWard();
  const sheet = book.sheet("Bồ Đề");
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());
  await server.checkActiveSheet(PLAN_ID);

  const cell = at(sheet, "I11") as FakeCell;
  cell.background = "#0000ff";
  cell.note = "Ghi chú mới của cán bộ";
  server.clearMarks();

  expect({ fill: cell.background, note: cell.note }).toStrictEqual({ fill: "#0000ff", note: "Ghi chú mới của cán bộ" });
});

test("marks of two sheets are kept apart and survive a renamed sheet; a long state is cut into pieces and read back", async () => {
  const wb = new ExcelJS.Workbook();
  addListSheet(wb, BO_DE);
  addListSheet(wb, {
    ...BO_DE,
    sheetName: "Dài",
    rows: Array.from({ length: 1500 }, (_, i) => ({ name: `Người số ${i + 1}`, kind: "Cá nhân", movement: "Người tốt, việc tốt", achievements: "", marks: ["", "", "", ""], date: "12/03/2024" })),
  });
  const book = openInFakeSheets(wb, "Hai_trang");
  const before = book.sheets.map(snapshotCells);
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());
  await server.checkActiveSheet(PLAN_ID);
  book.active = book.sheet("Dài");
  await server.checkActiveSheet(PLAN_ID);
  book.sheet("Dài").name = "Dài (đổi tên)";

  const pieces = book.sheet(STATE_SHEET_NAME).grid.extent().rows;
  expect(pieces).toBeGreaterThan(1);
  server.clearMarks();

  expect(book.sheets.slice(0, 2).map(snapshotCells)).toStrictEqual(before);
});
