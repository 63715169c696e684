import fc from "fast-check";
import { consolidateEntries, consolidateReports } from "../../../src/core/consolidate/consolidate";
import { buildDuplicatesLayout, buildSummaryLayout } from "../../../src/core/consolidate/consolidationLayouts";
import type { ConsolidatedEntry } from "../../../src/core/consolidate/types";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import type { Plan, SubjectKind } from "../../../src/core/plan/schema";
import { toMatchKey } from "../../../src/core/text/normalize";
import { parsePlanOrThrow } from "../../helpers/plans";

/**
 * One unit's nominee reaching the consolidation through two sources (a tab of a cluster's
 * workbook and the unit's own file) is one nominee: listed in "Trùng lặp" with both sources,
 * counted once. A unit whose list holds nobody is listed with 0; a unit that sent nothing is
 * listed as not sent. Both owe their quotas.
 */

const plan: Plan = parsePlanOrThrow({
  id: "thu-nghiem",
  number: "26/KH-HĐTĐKT",
  date: "24/03/2023",
  issuer: "Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa",
  level: "huyen",
  title: "Kế hoạch thử nghiệm",
  period: { from: "01/01/2021", to: "31/12/2025" },
  levels: [{ id: "xa", name: "Xã" }, { id: "huyen", name: "Huyện" }],
  subjectKinds: ["ca_nhan", "tap_the", "ho_gia_dinh"],
  unitKinds: [{ id: "xa", name: "Xã" }],
  movements: [{ id: "nong-thon-moi", name: "Nông thôn mới" }],
  quotas: [{ id: "xa-01-04", text: "Mỗi xã: từ 01 đến 04", scope: { level: "unit", unitKinds: ["xa"] }, period: "year", bound: { min: 1, max: 4 } }],
});

const entry = (unit: string, file: string, sheet: string, row: number, name: string, valid = true, kind: SubjectKind = "ca_nhan"): ConsolidatedEntry => ({
  unit,
  unitKind: "xa",
  unitSource: "title",
  file,
  sheet,
  row,
  nomination: { row, name, kind, kindText: "", unit, date: "05/11/2021", movement: "nong-thon-moi", marks: {}, figures: {} },
  valid,
  findings: valid ? [] : ["ô I13: chưa đạt tiêu chí"],
});

const TRUNG_THU = "Xã Trung Thu";
const cluster = (row: number, name: string, valid = true) => entry(TRUNG_THU, "Cum_xa.xlsx", "Trung Thu", row, name, valid);
const ownFile = (row: number, name: string, valid = true) => entry(TRUNG_THU, "Xa_Trung_Thu.xlsx", "Danh sách", row, name, valid);

describe("the same nominee of the same unit through two sources", () => {
  const names = ["Sùng Thị Chá", "Thào A Lử", "Chi hội Nông dân thôn Trung Thu", "Vàng Thị Mỷ", "Mùa A Sểnh"];
  // The cluster's tab lacks a mark on its third row; the unit's own file has it.
  const entries = [...names.map((n, i) => cluster(9 + i, n, i !== 2)), ...names.map((n, i) => ownFile(8 + i, n.toLocaleUpperCase("vi")))];
  const c = consolidateEntries(plan, entries, [], { year: 2021 });

  test("is counted once in the unit's totals, its quota and the list; the valid copy counts", () => {
    expect({ units: c.units.map((u) => [u.unit, u.rows, u.validRows, u.sources]), rows: c.totals.rows, entries: c.entries.map((e) => [e.file, e.row, e.valid]) }).toStrictEqual({
      units: [[TRUNG_THU, 5, 5, [{ file: "Cum_xa.xlsx", sheet: "Trung Thu" }, { file: "Xa_Trung_Thu.xlsx", sheet: "Danh sách" }]]],
      rows: 5,
      entries: [
        ["Cum_xa.xlsx", 9, true],
        ["Cum_xa.xlsx", 10, true],
        ["Cum_xa.xlsx", 12, true],
        ["Cum_xa.xlsx", 13, true],
        ["Xa_Trung_Thu.xlsx", 10, true],
      ],
    });
    // 05 registered, over the cap of 04 — not 10.
    expect(c.quotas.map((q) => [q.scope, q.registered, q.excess])).toStrictEqual([[TRUNG_THU, 5, 1]]);
  });

  test("is listed in Trùng lặp with both sources, the copy marked as not counted", () => {
    const group = c.duplicates.find((d) => toMatchKey(d.name) === toMatchKey("Chi hội Nông dân thôn Trung Thu"));
    expect(group).toStrictEqual({
      name: "CHI HỘI NÔNG DÂN THÔN TRUNG THU",
      occurrences: [
        { unit: TRUNG_THU, file: "Cum_xa.xlsx", sheet: "Trung Thu", row: 11, counted: false },
        { unit: TRUNG_THU, file: "Xa_Trung_Thu.xlsx", sheet: "Danh sách", row: 10, counted: true },
      ],
    });
    expect(c.duplicates).toHaveLength(5);
    const rows = buildDuplicatesLayout(c, plan).cells.filter((cell) => cell.row >= 5 && cell.col === 7).map((cell) => cell.value);
    expect(rows.filter((v) => v === "Có")).toHaveLength(5);
    expect(rows.filter((v) => v !== "Có")).toStrictEqual(Array.from({ length: 5 }, () => "Không (trùng với nguồn khác của cùng đơn vị)"));
  });

  test("the same row read twice (a consolidation given beside the unit's file) counts once", () => {
    const once = consolidateEntries(plan, [cluster(9, "Sùng Thị Chá"), cluster(9, "Sùng Thị Chá"), cluster(10, "Thào A Lử")], [], { year: 2021 });
    expect([once.totals.rows, once.duplicates.map((d) => d.occurrences.map((o) => o.counted))]).toStrictEqual([2, [[true, false]]]);
  });

  test("twice in one sheet is not a copy (the sheet's check warns); two units each count their nominee", () => {
    const c2 = consolidateEntries(plan, [cluster(9, "Sùng Thị Chá"), cluster(10, "Sùng Thị Chá"), entry("Xã Sính Phình", "Cum_xa.xlsx", "Sính Phình", 9, "Sùng Thị Chá")], [], { year: 2021 });
    expect(c2.units.map((u) => [u.unit, u.rows])).toStrictEqual([["Xã Sính Phình", 1], [TRUNG_THU, 2]]);
    expect(c2.duplicates.map((d) => d.occurrences.map((o) => [o.unit, o.row, o.counted]))).toStrictEqual([
      [["Xã Sính Phình", 9, true], [TRUNG_THU, 9, true], [TRUNG_THU, 10, true]],
    ]);
  });

  test("different birth years are different people, even in one unit", () => {
    const a = cluster(9, "Sùng Thị Chá");
    const b = ownFile(8, "Sùng Thị Chá");
    a.nomination.birthYear = 1980;
    b.nomination.birthYear = 1992;
    expect(consolidateEntries(plan, [a, b], [], { year: 2021 }).totals.rows).toBe(2);
  });

  test("property: every row is an entry or a copy listed as not counted, never both, whatever the order", () => {
    const arb = fc.array(
      fc.record({
        unit: fc.constantFrom(TRUNG_THU, "xã trung thu", "Xã Tả Phìn"),
        file: fc.constantFrom("Cum_xa.xlsx", "Xa_Trung_Thu.xlsx", "Xa_Ta_Phin.xlsx"),
        row: fc.integer({ min: 8, max: 30 }),
        name: fc.constantFrom("Sùng Thị Chá", "SÙNG THỊ CHÁ", "Thào A Lử", "Mùa A Sểnh"),
        valid: fc.boolean(),
        year: fc.option(fc.constantFrom(1980, 1992), { nil: undefined }),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, fc.func(fc.integer()), (specs, rank) => {
        const entries = specs.map((s) => {
          const e = entry(s.unit, s.file, "DS", s.row, s.name, s.valid);
          if (s.year !== undefined) e.nomination.birthYear = s.year;
          return e;
        });
        const c2 = consolidateEntries(plan, entries, [], { year: 2021 });
        const place = (p: { file: string; sheet: string; row: number; unit: string }) => `${p.unit}|${p.file}|${p.sheet}|${p.row}`;
        const notCounted = c2.duplicates.flatMap((d) => d.occurrences.filter((o) => !o.counted).map(place));
        expect(c2.totals.rows).toBe(c2.entries.length);
        expect(c2.entries.length + notCounted.length).toBe(entries.length);
        // No unit keeps one person from two sources (a row without a birth year where the name's
        // rows give several is not matched to any of them).
        const years = new Map<string, Set<number>>();
        for (const e of entries) if (e.nomination.birthYear !== undefined) years.set(toMatchKey(e.nomination.name), (years.get(toMatchKey(e.nomination.name)) ?? new Set()).add(e.nomination.birthYear));
        const matched = c2.entries.filter((e) => e.nomination.birthYear !== undefined || (years.get(toMatchKey(e.nomination.name))?.size ?? 0) <= 1);
        const bySource = new Map<string, Set<string>>();
        for (const e of matched) {
          const person = `${toMatchKey(e.unit)}|${toMatchKey(e.nomination.name)}|${e.nomination.birthYear ?? ""}`;
          bySource.set(person, (bySource.get(person) ?? new Set()).add(`${e.file}|${e.sheet}`));
        }
        for (const sources of bySource.values()) expect(sources.size).toBe(1);
        const shuffled = [...entries].sort((a, b) => rank(a.file + a.row + a.unit) - rank(b.file + b.row + b.unit));
        expect(consolidateEntries(plan, shuffled, [], { year: 2021 })).toStrictEqual(c2);
      }),
      { numRuns: 200, seed: 10 },
    );
  });
});

describe("units that sent an empty list, or nothing", () => {
  const header = ["STT", "Họ và tên", "Đối tượng", "Chức vụ", "Ngày đăng ký"];
  const list = (unitLine: string, rows: (string | number)[][]) => ({ name: "DS", rows: [[unitLine], ["DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2021"], header, ...rows], merges: [] });
  const registry = [
    { name: "Xã Mường Báng", kind: "xa", kindText: "Xã", staff: 20 },
    { name: "Xã Sính Phình", kind: "xa", kindText: "Xã", staff: 18 },
    { name: "Xã Tả Sìn Thàng", kind: "xa", kindText: "Xã", staff: 15 },
  ];
  const reports = [
    checkWorkbook({ file: "Xa_Muong_Bang.xlsx", sheets: [list("UBND XÃ MƯỜNG BÁNG", [[1, "Lò Văn Hải", "Cá nhân", "Trưởng bản", "01/11/2021"]])] }, plan, { units: registry }),
    checkWorkbook({ file: "Xa_Sinh_Phinh.xlsx", sheets: [list("UBND XÃ SÍNH PHÌNH", [])] }, plan, { units: registry }),
  ];
  const c = consolidateReports(plan, reports, [], { year: 2021, units: registry });

  test("the empty list's unit is listed with 0 and short of its quota; the silent one is listed as not sent", () => {
    expect({
      units: c.units.map((u) => [u.unit, u.rows, u.sources]),
      notSent: c.notSent,
      quotas: c.quotas.map((q) => [q.scope, q.actual, q.shortfall, q.notSent ?? false]),
    }).toStrictEqual({
      units: [
        ["Xã Mường Báng", 1, [{ file: "Xa_Muong_Bang.xlsx", sheet: "DS" }]],
        ["Xã Sính Phình", 0, [{ file: "Xa_Sinh_Phinh.xlsx", sheet: "DS" }]],
      ],
      notSent: [{ unit: "Xã Tả Sìn Thàng", unitKind: "xa" }],
      quotas: [
        ["Xã Mường Báng", 1, 0, false],
        ["Xã Sính Phình", 0, 1, false],
        ["Xã Tả Sìn Thàng", 0, 1, true],
      ],
    });
  });

  test("Tổng hợp lists both, the silent unit said to have sent nothing", () => {
    const layout = buildSummaryLayout(c, plan);
    const column = (col: number) => layout.cells.filter((cell) => cell.row >= 5 && cell.col === col).map((cell) => cell.value);
    expect([column(2), column(3)]).toStrictEqual([
      ["Xã Mường Báng", "Xã Sính Phình", "Xã Tả Sìn Thàng (chưa gửi danh sách)", "Tổng cộng"],
      [1, 0, 0, 1],
    ]);
  });
});
