import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { consolidateEntries, consolidateReports } from "../../src/core/consolidate/consolidate";
import type { ConsolidatedEntry } from "../../src/core/consolidate/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { renderConsolidationWorkbook } from "../../src/cli/commands/consolidate";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbook";

const plan = findBuiltinPlan("long-bien-2023-2025");
if (!plan) throw new Error("plan long-bien-2023-2025 is missing");

const entry = (unit: string, file: string, row: number, name: string, valid: boolean, findings: string[] = []): ConsolidatedEntry => ({
  unit,
  unitKind: "phuong",
  unitSource: "title",
  file,
  sheet: "DS 2024",
  row,
  nomination: { row, name, kind: "ca_nhan", kindText: "Cá nhân", unit, date: "12/03/2024", movement: "nguoi-tot-viec-tot", achievements: "Cứu người", marks: {}, figures: {} },
  valid,
  findings,
});

describe("a consolidated workbook read back at the next level", () => {
  test("keeps every row's unit, source (file, sheet, row) and the verdict of the level below", async () => {
    const first = consolidateEntries(
      plan,
      [
        entry("Phường Bồ Đề", "Phuong_Bo_De.xlsx", 9, "Nguyễn Văn Hùng", true),
        entry("Phường Bồ Đề", "Phuong_Bo_De.xlsx", 11, "Trần Thị Mai", false, ["ô I11: chưa đạt tiêu chí"]),
        entry("Phường Việt Hưng", "Viet_Hung.xlsx", 8, "Lê Văn Bình", true),
      ],
      [],
      { year: 2024 },
    );
    const bytes = await renderConsolidationWorkbook(first, plan);
    const report = checkWorkbook(await readWorkbookBytes(bytes, "Quan_Long_Bien.xlsx"), plan, { year: 2024 });
    expect(report.skippedSheets.map((s) => s.sheet).sort()).toStrictEqual(["Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua", "Tổng hợp"].sort());
    const second = consolidateReports(plan, [report], [], { year: 2024 });
    expect(second.entries.map((e) => [e.unit, e.file, e.sheet, e.row, e.nomination.name, e.valid])).toStrictEqual([
      ["Phường Bồ Đề", "Phuong_Bo_De.xlsx", "DS 2024", 9, "Nguyễn Văn Hùng", true],
      ["Phường Bồ Đề", "Phuong_Bo_De.xlsx", "DS 2024", 11, "Trần Thị Mai", false],
      ["Phường Việt Hưng", "Viet_Hung.xlsx", "DS 2024", 8, "Lê Văn Bình", true],
    ]);
    expect(second.units.map((u) => [u.unit, u.rows, u.validRows, u.byKind])).toStrictEqual(first.units.map((u) => [u.unit, u.rows, u.validRows, u.byKind]));
    expect(second.totals).toStrictEqual(first.totals);
    const invalid = report.sheets.flatMap((s) => s.findings).filter((f) => f.code === "row/invalid-at-source");
    expect(invalid.map((f) => [f.row, f.actual])).toStrictEqual([[6, "ô I11: chưa đạt tiêu chí"]]);
  });

  test("keeps the level each row is proposed to, and the city quota counts it at the next level", async () => {
    const proposed = (e: ConsolidatedEntry, level: string): ConsolidatedEntry => ({ ...e, nomination: { ...e.nomination, level } });
    const first = consolidateEntries(
      plan,
      [
        proposed(entry("Phường Bồ Đề", "Phuong_Bo_De.xlsx", 9, "Nguyễn Văn Hùng", true), "Cấp thành phố"),
        proposed(entry("Phường Bồ Đề", "Phuong_Bo_De.xlsx", 10, "Phạm Thị Lan", true), "Cấp quận"),
        entry("Phường Việt Hưng", "Viet_Hung.xlsx", 8, "Lê Văn Bình", true),
      ],
      [],
      { year: 2024 },
    );
    const bytes = await renderConsolidationWorkbook(first, plan);
    const report = checkWorkbook(await readWorkbookBytes(bytes, "Quan_Long_Bien.xlsx"), plan, { year: 2024 });
    const second = consolidateReports(plan, [report], [], { year: 2024 });
    expect(second.entries.map((e) => [e.nomination.name, e.nomination.level ?? null])).toStrictEqual([
      ["Nguyễn Văn Hùng", "Cấp thành phố"],
      ["Phạm Thị Lan", "Cấp quận"],
      ["Lê Văn Bình", null],
    ]);
    const cityQuota = (c: typeof first) => c.quotas.filter((q) => q.ruleId === "thanh-pho-20-ca-nhan-nguoi-tot").map((q) => [q.actual, q.proposedLevel?.notGiven]);
    expect(cityQuota(second)).toStrictEqual(cityQuota(first));
    expect(cityQuota(first)).toStrictEqual([[1, 1]]);
  });
});
