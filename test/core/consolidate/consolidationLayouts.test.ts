import fc from "fast-check";
import { consolidateEntries } from "../../../src/core/consolidate/consolidate";
import { buildConsolidationLayouts, buildEntriesLayout, buildQuotaLayout, buildSummaryLayout } from "../../../src/core/consolidate/consolidationLayouts";
import type { ConsolidatedEntry } from "../../../src/core/consolidate/types";
import { estimateHeightPt, estimateLineCount, sumWidths } from "../../../src/core/layout/headingBlock";
import { FIRST_DATA_ROW, HEADER_ROW, SUBTITLE_ROW, TITLE_ROW } from "../../../src/core/consolidate/reportTable";
import type { Layout } from "../../../src/core/layout/types";
import type { Plan } from "../../../src/core/plan/schema";
import { parsePlanOrThrow } from "../../helpers/plans";

/**
 * Every row of the consolidated sheets that can wrap has a height, estimated as the appendices
 * estimate theirs: printed (Excel, LibreOffice), a long "Thành tích" or a list of findings shows
 * whole instead of running over the next row.
 */

const plan: Plan = parsePlanOrThrow({
  id: "thu-nghiem",
  number: "26/KH-HĐTĐKT",
  date: "24/03/2023",
  issuer: "Hội đồng Thi đua – Khen thưởng quận Long Biên",
  level: "quan",
  title: "Kế hoạch thử nghiệm",
  period: { from: "01/01/2023", to: "31/12/2025" },
  levels: [{ id: "phuong", name: "Phường" }, { id: "quan", name: "Quận" }],
  subjectKinds: ["ca_nhan", "tap_the", "ho_gia_dinh"],
  unitKinds: [{ id: "phuong", name: "Phường" }],
  movements: [
    { id: "dan-van", name: "Dân vận khéo" },
    { id: "nguoi-tot", name: "Người tốt, việc tốt" },
    { id: "hoc-tap", name: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" },
  ],
  quotas: [
    { id: "phuong-02", text: "Các phường: hằng năm xây dựng, bồi dưỡng, tuyên truyền được ít nhất 02 điển hình tiên tiến thuộc đơn vị", scope: { level: "unit", unitKinds: ["phuong"] }, period: "year", bound: { min: 2 } },
  ],
});

const LONG_ACHIEVEMENT =
  "Vận động 40 hộ hiến đất mở ngõ, xây dựng 3 km đường giao thông nông thôn, giúp 12 hộ thoát nghèo bền vững và tổ chức lớp học tình thương cho trẻ em khó khăn của tổ dân phố";

const makeEntry = (i: number, fields: { name?: string; achievements?: string; movement?: string; findings?: string[]; unit?: string } = {}): ConsolidatedEntry => {
  const unit = fields.unit ?? "Phường Bồ Đề";
  const findings = fields.findings ?? [];
  return {
    unit,
    unitKind: "phuong",
    unitSource: "title",
    file: "Bo_De.xlsx",
    sheet: "DS 2024",
    row: 9 + i,
    nomination: {
      row: 9 + i,
      name: fields.name ?? `Nguyễn Văn ${i}`,
      kind: "ca_nhan",
      kindText: "Cá nhân",
      unit,
      date: "05/04/2024",
      movement: fields.movement ?? "dan-van",
      ...(fields.achievements !== undefined ? { achievements: fields.achievements } : {}),
      marks: {},
      figures: {},
    },
    valid: findings.length === 0,
    findings,
  };
};

/** The height every table row should have, from the layout's own cells: its tallest text wrapped in its column, or across its merge. */
const expectedHeights = (layout: Layout, fromRow: number): Record<number, number> => {
  const lines: Record<number, number> = {};
  for (const cell of layout.cells) {
    if (cell.row < fromRow || cell.style?.border !== true) continue;
    lines[cell.row] ??= 1;
    if (typeof cell.value !== "string" || cell.value === "") continue;
    const merge = layout.merges.find((m) => m.top === cell.row && m.left === cell.col);
    const width = merge ? sumWidths(layout.columnWidths, merge.left, merge.right) : (layout.columnWidths[cell.col - 1] ?? 10);
    const n = estimateLineCount(cell.value, width, cell.style.size ?? 12, cell.style.bold ?? false);
    lines[cell.row] = Math.max(lines[cell.row] ?? 1, n);
  }
  return Object.fromEntries(Object.entries(lines).map(([row, n]) => [row, estimateHeightPt(n, 12)]));
};

/** The heights the layout gives the rows of its table (bordered cells) from `fromRow`. */
const heightsFrom = (layout: Layout, fromRow: number): Record<number, number> => {
  const tableRows = new Set(layout.cells.filter((c) => c.row >= fromRow && c.style?.border === true).map((c) => String(c.row)));
  return Object.fromEntries(Object.entries(layout.rowHeights ?? {}).filter(([row]) => tableRows.has(row)));
};

describe("row heights of the consolidated sheets", () => {
  it("gives a long Thành tích a taller row than a short one, and one line to a row of short texts", () => {
    const c = consolidateEntries(plan, [makeEntry(0, { achievements: "Giúp 3 hộ thoát nghèo" }), makeEntry(1, { achievements: LONG_ACHIEVEMENT })], [], { year: 2024 });
    const layout = buildEntriesLayout(c, plan);
    const rowOf = (text: string): number => layout.cells.find((cell) => cell.value === text)?.row ?? 0;
    // "Thành tích" is 24 characters wide: the long text takes 8 lines of 12 pt.
    expect(estimateLineCount(LONG_ACHIEVEMENT, 24, 12)).toBe(8);
    expect([layout.rowHeights?.[rowOf("Giúp 3 hộ thoát nghèo")], layout.rowHeights?.[rowOf(LONG_ACHIEVEMENT)]]).toStrictEqual([20, 125]);
  });

  it("counts every finding of an invalid row, each on its own line", () => {
    const findings = ["ô H10: chưa đạt tiêu chí", "ô I10: chưa đạt tiêu chí", "ô J10: chưa đạt tiêu chí"];
    const c = consolidateEntries(plan, [makeEntry(0, { findings })], [], { year: 2024 });
    const layout = buildEntriesLayout(c, plan);
    expect(layout.cells.find((cell) => cell.row === FIRST_DATA_ROW && cell.col === 15)?.value).toBe(findings.join("\n"));
    expect(layout.rowHeights?.[FIRST_DATA_ROW]).toBe(estimateHeightPt(3, 12));
  });

  it("keeps the title on one line, the subtitle at least 32 pt, and fits the header's wrapped names", () => {
    const c = consolidateEntries(plan, [makeEntry(0)], [], { year: 2024 });
    const layout = buildEntriesLayout(c, plan);
    // "Năm sinh", "Ngày đăng ký" and "Kết quả kiểm tra"… in bold: the tallest header takes 2 lines.
    expect([layout.rowHeights?.[TITLE_ROW], layout.rowHeights?.[SUBTITLE_ROW], layout.rowHeights?.[HEADER_ROW - 1], layout.rowHeights?.[HEADER_ROW]]).toStrictEqual([23, 32, 8, 35]);
  });

  it("measures Tổng hợp's total row in bold and its movement headers in their narrow columns", () => {
    const entries = [makeEntry(0, { movement: "hoc-tap" }), makeEntry(1, { unit: "Phường Việt Hưng" })];
    const layout = buildSummaryLayout(consolidateEntries(plan, entries, [], { year: 2024 }), plan);
    expect(heightsFrom(layout, FIRST_DATA_ROW)).toStrictEqual(expectedHeights(layout, FIRST_DATA_ROW));
    // The header "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" in 14 characters.
    expect(layout.rowHeights?.[HEADER_ROW]).toBe(estimateHeightPt(estimateLineCount("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 14, 12, true), 12));
  });

  it("gives every data row of every sheet the height of its tallest cell, however many rows repeat their texts", () => {
    // Over 2000 rows, so that a column of names stops being remembered while the others are.
    const arbitraryEntries = fc.array(
      fc.record({
        name: fc.oneof(fc.constantFrom("Trần Thị Mai", "Tổ dân phố số 7 phường Bồ Đề quận Long Biên"), fc.string({ minLength: 1, maxLength: 40 })),
        achievements: fc.constantFrom("", "Giúp 3 hộ thoát nghèo", LONG_ACHIEVEMENT),
        movement: fc.constantFrom("dan-van", "nguoi-tot", "hoc-tap"),
        findings: fc.array(fc.constantFrom("ô H10: chưa đạt tiêu chí", `ô K9: ${LONG_ACHIEVEMENT}`), { maxLength: 3 }),
        unit: fc.constantFrom("Phường Bồ Đề", "Phường Việt Hưng"),
      }),
      { minLength: 2100, maxLength: 2300 },
    );
    fc.assert(
      fc.property(arbitraryEntries, (fields) => {
        const c = consolidateEntries(plan, fields.map((f, i) => makeEntry(i, f)), [], { year: 2024 });
        for (const layout of buildConsolidationLayouts(c, plan)) expect(heightsFrom(layout, HEADER_ROW)).toStrictEqual(expectedHeights(layout, HEADER_ROW));
      }),
      { numRuns: 3 },
    );
  });
});

describe("Chỉ tiêu and the frame of every consolidation sheet", () => {
  const wards = ["Phường Bồ Đề", "Phường Việt Hưng", "Phường Gia Thụy"];
  const c = consolidateEntries(plan, [makeEntry(0), makeEntry(1), makeEntry(2, { unit: "Phường Việt Hưng" })], [], { year: 2024, units: wards.map((name) => ({ name, kind: "phuong", kindText: "Phường", staff: null })) });

  it("prints the rule once, its units under it, each with registered, valid, the bound and the verdict", () => {
    const layout = buildQuotaLayout(c, plan);
    const rows = new Map<number, (string | number | Date | null)[]>();
    for (const cell of layout.cells) if (cell.row >= FIRST_DATA_ROW && cell.style?.border === true) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell.value]);
    const rule = "Các phường: hằng năm xây dựng, bồi dưỡng, tuyên truyền được ít nhất 02 điển hình tiên tiến thuộc đơn vị";
    expect([...rows.values()]).toStrictEqual([
      ["I", rule, "", "", "", "", ""],
      [1, "Phường Bồ Đề", "Năm 2024", 2, 2, "cần ít nhất 02", "Đạt"],
      [2, "Phường Việt Hưng", "Năm 2024", 1, 1, "cần ít nhất 02", "Thiếu 01"],
      [3, "Phường Gia Thụy, chưa gửi danh sách", "Năm 2024", 0, 0, "cần ít nhất 02", "Thiếu 02"],
    ]);
    // The rule's row spans the table and is never the last row of a page.
    expect(layout.merges.filter((m) => m.top === FIRST_DATA_ROW)).toStrictEqual([{ top: FIRST_DATA_ROW, left: 2, bottom: FIRST_DATA_ROW, right: 7 }]);
  });

  it("keeps a flagged row's numbers centred and its texts left, both filled", () => {
    const layout = buildQuotaLayout(c, plan);
    const flagged = layout.cells.filter((cell) => cell.row === FIRST_DATA_ROW + 2);
    expect(flagged.map((cell) => [cell.style?.horizontal ?? "left", cell.style?.fill])).toStrictEqual([
      ["center", "FFC7CE"],
      ["left", "FFC7CE"],
      ["left", "FFC7CE"],
      ["center", "FFC7CE"],
      ["center", "FFC7CE"],
      ["left", "FFC7CE"],
      ["left", "FFC7CE"],
    ]);
  });

  it("opens every sheet with the administrative heading and closes it with the signature block", () => {
    for (const layout of buildConsolidationLayouts(c, plan)) {
      const texts = (row: number) => layout.cells.filter((cell) => cell.row === row && typeof cell.value === "string" && cell.value !== "").map((cell) => cell.value);
      const lastTableRow = Math.max(...layout.cells.filter((cell) => cell.style?.border === true).map((cell) => cell.row));
      expect([layout.sheetName, texts(1), texts(2), texts(3), texts(lastTableRow + 2), texts(lastTableRow + 3)]).toStrictEqual([
        layout.sheetName,
        ["HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG QUẬN LONG BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Độc lập - Tự do - Hạnh phúc"],
        ["……………, ngày …… tháng …… năm ……"],
        ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG CƠ QUAN"],
        ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"],
      ]);
    }
  });
});
