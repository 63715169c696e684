import fc from "fast-check";
import { consolidateEntries } from "../../../src/core/consolidate/consolidate";
import { buildConsolidationLayouts, buildEntriesLayout, buildSummaryLayout } from "../../../src/core/consolidate/consolidationLayouts";
import type { ConsolidatedEntry } from "../../../src/core/consolidate/types";
import { estimateHeightPt, estimateLineCount } from "../../../src/core/layout/headingBlock";
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

/** The height every row should have, from the layout's own cells: its tallest text wrapped in its column. */
const expectedHeights = (layout: Layout, fromRow: number): Record<number, number> => {
  const lines: Record<number, number> = {};
  for (const cell of layout.cells) {
    if (cell.row < fromRow) continue;
    lines[cell.row] ??= 1;
    if (typeof cell.value !== "string" || cell.value === "") continue;
    const n = estimateLineCount(cell.value, layout.columnWidths[cell.col - 1] ?? 10, cell.style?.size ?? 12, cell.style?.bold ?? false);
    lines[cell.row] = Math.max(lines[cell.row] ?? 1, n);
  }
  return Object.fromEntries(Object.entries(lines).map(([row, n]) => [row, estimateHeightPt(n, 12)]));
};

const heightsFrom = (layout: Layout, fromRow: number): Record<number, number> =>
  Object.fromEntries(Object.entries(layout.rowHeights ?? {}).filter(([row]) => Number(row) >= fromRow));

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
    expect(layout.cells.find((cell) => cell.row === 5 && cell.col === 15)?.value).toBe(findings.join("\n"));
    expect(layout.rowHeights?.[5]).toBe(estimateHeightPt(3, 12));
  });

  it("keeps the title on one line, the subtitle at least 32 pt, and fits the header's wrapped names", () => {
    const c = consolidateEntries(plan, [makeEntry(0)], [], { year: 2024 });
    const layout = buildEntriesLayout(c, plan);
    // "Năm sinh", "Ngày đăng ký" and "Kết quả kiểm tra"… in bold: the tallest header takes 2 lines.
    expect([layout.rowHeights?.[1], layout.rowHeights?.[2], layout.rowHeights?.[3], layout.rowHeights?.[4]]).toStrictEqual([23, 32, undefined, 35]);
  });

  it("measures Tổng hợp's total row in bold and its movement headers in their narrow columns", () => {
    const entries = [makeEntry(0, { movement: "hoc-tap" }), makeEntry(1, { unit: "Phường Việt Hưng" })];
    const layout = buildSummaryLayout(consolidateEntries(plan, entries, [], { year: 2024 }), plan);
    expect(heightsFrom(layout, 5)).toStrictEqual(expectedHeights(layout, 5));
    // The header "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" in 14 characters.
    expect(layout.rowHeights?.[4]).toBe(estimateHeightPt(estimateLineCount("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 14, 12, true), 12));
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
        for (const layout of buildConsolidationLayouts(c, plan)) expect(heightsFrom(layout, 4)).toStrictEqual(expectedHeights(layout, 4));
      }),
      { numRuns: 3 },
    );
  });
});
