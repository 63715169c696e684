import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { buildCheckResultLayout } from "../../../src/core/layout/checkResultLayout";
import { estimateHeightPt, estimateLineCount, sumWidths } from "../../../src/core/layout/headingBlock";
import { makeHoaBinhSpec, makeTestPlan, toSheetValues } from "../../helpers/sheets";

/**
 * "Kết quả kiểm tra", the page returned to the unit: every row as tall as its wrapped text (a
 * printer does not grow rows), the file line under the title rather than over it, the verdict on
 * one line, each quota's rule once with its results under it.
 */

const plan = makeTestPlan();
const report = checkWorkbook({ file: "Xa_Hoa_Binh.xlsx", sheets: [toSheetValues(makeHoaBinhSpec())] }, plan);
const layout = buildCheckResultLayout(report, "Kế hoạch thi đua điển hình tiên tiến của xã Hòa Bình giai đoạn 2021 – 2025, một tiêu đề dài đến mức phải xuống dòng khi in trên khổ A4 ngang");

describe("Kết quả kiểm tra as printed", () => {
  it("gives every row holding text a height at least that of its tallest text, across its merge", () => {
    const short: string[] = [];
    for (const cell of layout.cells) {
      if (typeof cell.value !== "string" || cell.value === "") continue;
      const merge = layout.merges.find((m) => m.top === cell.row && m.left === cell.col);
      const width = merge ? sumWidths(layout.columnWidths, merge.left, merge.right) : (layout.columnWidths[cell.col - 1] ?? 10);
      const size = cell.style?.size ?? layout.font.size;
      const needed = estimateHeightPt(estimateLineCount(cell.value, width, size, cell.style?.bold ?? false), size);
      if ((layout.rowHeights?.[cell.row] ?? 0) < needed) short.push(`${cell.row}:${cell.col}`);
    }
    expect(short).toStrictEqual([]);
    // The long plan title wraps: line 2 is taller than one line, so it cannot run over the title.
    expect((layout.rowHeights?.[2] ?? 0) > estimateHeightPt(1, 12)).toBe(true);
  });

  it("writes each verdict in a cell wide enough for it on one line", () => {
    const verdicts = layout.cells.filter((cell) => cell.value === "Chưa đạt" || cell.value === "Đạt" || cell.value === "Chưa tính được");
    expect(verdicts.length > 0).toBe(true);
    const lines = verdicts.map((cell) => {
      const merge = layout.merges.find((m) => m.top === cell.row && m.left === cell.col);
      return estimateLineCount(String(cell.value), merge ? sumWidths(layout.columnWidths, merge.left, merge.right) : (layout.columnWidths[cell.col - 1] ?? 0), 12);
    });
    expect(lines).toStrictEqual(verdicts.map(() => 1));
  });

  it("prints each quota's rule once, its results under it, and keeps the rule off a page's last line", () => {
    const quotas = report.sheets.flatMap((s) => s.quotas);
    const ruleRows = layout.cells.filter((cell) => cell.col === 2 && quotas.some((q) => q.text === cell.value)).map((cell) => cell.value);
    expect(ruleRows).toStrictEqual([...new Set(quotas.map((q) => q.text))]);
    const ruleRowNumbers = new Set(layout.cells.filter((cell) => cell.col === 2 && quotas.some((q) => q.text === cell.value)).map((cell) => cell.row));
    expect((layout.pageBreaks ?? []).filter((row) => ruleRowNumbers.has(row))).toStrictEqual([]);
  });
});
