/**
 * The consolidation's "Danh sách" of 20,000 rows written into the open workbook on Excel on the
 * web (5 MB per request, weighed by the fake host as office.js serialises it) and on desktop.
 */
import type { FakeBook, FakeSheet } from "./fake/fakeBook";
import { buildListLayout, measureLayoutWrite } from "./fake/measureWrites";

const FIVE_MB = 5 * 1024 * 1024;

// Every cell as JSON, in address order (snapshotSheet's locale sort is slow for 300,000 cells).
const describeSheet = (sheet: FakeSheet) => ({
  name: sheet.name,
  cells: [...sheet.cells].map(([key, cell]) => `${key} ${JSON.stringify(cell)}`).sort(),
  notes: [...sheet.notes].sort(),
  comments: sheet.comments,
  merges: sheet.merges,
  columnWidths: [...sheet.columnWidths],
  rowHeights: [...sheet.rowHeights],
  pageLayout: sheet.pageLayout,
  validations: sheet.validations,
  frozenRows: sheet.frozenRows,
});
const describeBook = (book: FakeBook) => ({ sheets: book.sheets.map(describeSheet), names: [...book.names.keys()], active: book.active });

test("a 20,000-row list: on the web every request stays under 5 MB, nothing refused, the sheet as desktop writes it", async () => {
  const layout = buildListLayout(20_000);
  const web = await measureLayoutWrite(layout, "web");
  const desktop = await measureLayoutWrite(layout, "desktop");

  expect(describeBook(web.book)).toStrictEqual(describeBook(desktop.book));
  expect(web.book.findSheet("Danh sách")?.readCell(20_000 + 7, 1).value).not.toBe("");
  // Desktop: read, add and mark, the content, show it — as before; its content request is several MB.
  expect([desktop.syncs, desktop.largestRequest > FIVE_MB]).toStrictEqual([4, true]);
  expect([web.refused, web.largestRequest <= FIVE_MB]).toStrictEqual([0, true]);
  expect(web.syncs).toBeLessThanOrEqual(desktop.syncs + 3);
}, 180_000);
