import { paginate, printableHeightPt } from "../../../src/core/layout/pageBreaks";
import { ADMIN_MARGINS_MM, type Layout } from "../../../src/core/layout/types";

/** `rows` rows of 100 pt each in two narrow columns (no shrinking), portrait A4. */
const tallRows = (rows: number, repeat?: { from: number; to: number }): Layout => ({
  sheetName: "Thử",
  role: "consolidation-list",
  font: { name: "Times New Roman", size: 12 },
  columnWidths: [10, 20],
  rowHeights: Object.fromEntries(Array.from({ length: rows }, (_, i) => [i + 1, 100])),
  cells: Array.from({ length: rows }, (_, i) => ({ row: i + 1, col: 1, value: `Dòng ${i + 1}` })),
  merges: [],
  print: { paperSize: "A4", orientation: "portrait", margins: { ...ADMIN_MARGINS_MM }, fitToWidth: true, ...(repeat ? { repeatRows: repeat } : {}) },
});

describe("page breaks", () => {
  it("counts a portrait A4 page of Nghị định 30's margins as 257 mm, and a table wider than the page as shrunk", () => {
    expect(Math.round(printableHeightPt(tallRows(1)))).toBe(729);
    // 200 characters ≈ 1,054 pt on a 711 pt wide line: shrunk to 67 %, so a page holds 1/0.67 as much.
    const wide: Layout = { ...tallRows(1), columnWidths: [200], print: { ...tallRows(1).print, orientation: "landscape" } };
    expect(Math.round(printableHeightPt(wide))).toBe(Math.round(((210 - 40) * 72) / 25.4 / 0.67));
  });

  it("ends each page after the last row that fits (six rows of 100 pt)", () => {
    expect(paginate(tallRows(20), new Set())).toStrictEqual([6, 12, 18]);
  });

  it("moves a heading that would end a page to the next one, with the pages after it", () => {
    expect(paginate(tallRows(20), new Set([6]))).toStrictEqual([5, 11, 17]);
    expect(paginate(tallRows(20), new Set([5, 6]))).toStrictEqual([4, 10, 16]);
  });

  it("breaks where it must when the rows to keep together fill the page", () => {
    expect(paginate(tallRows(8), new Set([1, 2, 3, 4, 5, 6]))).toStrictEqual([6]);
  });

  it("counts the header repeated at the top of every page after the first", () => {
    // Row 1 is the header: every later page holds it and five rows.
    expect(paginate(tallRows(20, { from: 1, to: 1 }), new Set())).toStrictEqual([6, 11, 16]);
  });
});
