/**
 * The consolidation's "Danh sách" written into the open workbook on Excel on the web (a cap per
 * request, weighed by the fake host as office.js serialises it) and on desktop. The list and the
 * cap are scaled down together (6,000 rows under 1.5 MB are 20,000 rows under 5 MB) so that the
 * fake host, which copies every cell it formats, answers in seconds; `npm run bench:syncs` writes
 * 10,000 rows under the real 5 MB.
 */
import type { FakeBook, FakeSheet } from "./fake/fakeBook";
import { buildListLayout, measureLayoutWrite } from "./fake/measureWrites";

const ROWS = 6_000;
const CAP = 1.5 * 1024 * 1024;

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

test("a 6,000-row list under a 1.5 MB cap: every request stays under it, nothing refused, the sheet as desktop writes it", async () => {
  const layout = buildListLayout(ROWS);
  const web = await measureLayoutWrite(layout, "web", CAP);
  const desktop = await measureLayoutWrite(layout, "desktop");

  expect(describeBook(web.book)).toStrictEqual(describeBook(desktop.book));
  expect(web.book.findSheet("Danh sách")?.readCell(ROWS + 7, 1).value).not.toBe("");
  // Desktop: read, add and mark, the content, show it — as before; its content request is several MB.
  expect([desktop.syncs, desktop.largestRequest > CAP]).toStrictEqual([4, true]);
  expect([web.refused, web.largestRequest <= CAP]).toStrictEqual([0, true]);
  expect(web.syncs).toBeLessThanOrEqual(desktop.syncs + 3);
}, 120_000);
