import fc from "fast-check";
import { consolidateEntries } from "../../../src/core/consolidate/consolidate";
import { findDuplicates } from "../../../src/core/consolidate/findDuplicates";
import type { ConsolidatedEntry } from "../../../src/core/consolidate/types";
import type { Plan, SubjectKind } from "../../../src/core/plan/schema";
import { parsePlanOrThrow } from "../../helpers/plans";

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
  movements: [{ id: "nguoi-tot", name: "Người tốt, việc tốt" }],
  quotas: [
    { id: "phuong-02", text: "Các phường: ít nhất 02", scope: { level: "unit", unitKinds: ["phuong"] }, period: "year", bound: { min: 2 } },
    { id: "quan-100", text: "Quận: ít nhất 100 cá nhân", scope: { level: "plan" }, kinds: ["ca_nhan"], period: "year", bound: { min: 100 } },
  ],
});

const makeEntry = (unit: string, file: string, row: number, name: string, kind: SubjectKind, valid: boolean): ConsolidatedEntry => ({
  unit,
  unitKind: "phuong",
  unitSource: "title",
  file,
  sheet: "DS",
  row,
  nomination: { row, name, kind, kindText: "", unit, date: "05/04/2024", movement: "nguoi-tot", marks: {}, figures: {} },
  valid,
  findings: valid ? [] : ["ô H10: chưa đạt tiêu chí"],
});

const entryArb = fc
  .record({
    unit: fc.constantFrom("Phường Bồ Đề", "Phường Việt Hưng", "Phường Gia Thụy"),
    row: fc.integer({ min: 8, max: 400 }),
    name: fc.constantFrom("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Văn Bình", "Tổ dân phố số 7", "Hộ ông Ún"),
    kind: fc.constantFrom<SubjectKind>("ca_nhan", "tap_the", "ho_gia_dinh"),
    valid: fc.boolean(),
  })
  .map((e) => makeEntry(e.unit, `${e.unit}.xlsx`, e.row, e.name, e.kind, e.valid));

/** Entries come from distinct cells: no two share file, sheet and row. */
const entriesArb = fc.uniqueArray(entryArb, { selector: (e) => `${e.file}|${e.row}`, maxLength: 40 });

const totalsOf = (entries: readonly ConsolidatedEntry[]) => {
  const c = consolidateEntries(plan, entries, [], { year: 2024 });
  return { units: c.units, totals: c.totals, quotas: c.quotas, duplicates: c.duplicates, entries: c.entries };
};

describe("consolidateEntries", () => {
  test("totals and quotas of two wards, whole result", () => {
    const entries = [
      makeEntry("Phường Bồ Đề", "Bo_De.xlsx", 9, "Nguyễn Văn Hùng", "ca_nhan", true),
      makeEntry("Phường Bồ Đề", "Bo_De.xlsx", 10, "Tổ dân phố số 7", "tap_the", true),
      makeEntry("Phường Việt Hưng", "Viet_Hung.xlsx", 9, "nguyễn văn  hùng", "ca_nhan", false),
    ];
    const c = consolidateEntries(plan, entries, [{ file: "Hong.xlsx", sheet: null, reason: "tệp bị hỏng" }], { year: 2024 });
    expect(c.scope).toBe("Quận Long Biên");
    expect(c.units.map((u) => [u.unit, u.rows, u.validRows, u.byKind])).toStrictEqual([
      ["Phường Bồ Đề", 2, 2, { ca_nhan: 1, tap_the: 1, ho_gia_dinh: 0 }],
      ["Phường Việt Hưng", 1, 0, { ca_nhan: 0, tap_the: 0, ho_gia_dinh: 0 }],
    ]);
    expect(c.totals).toStrictEqual({ rows: 3, validRows: 2, byKind: { ca_nhan: 1, tap_the: 1, ho_gia_dinh: 0 }, byTopic: { "Người tốt, việc tốt": 2 } });
    expect(c.quotas.map((q) => [q.ruleId, q.scope, q.period, q.required, q.actual, q.shortfall, q.met])).toStrictEqual([
      ["phuong-02", "Phường Bồ Đề", "Năm 2024", 2, 2, 0, true],
      ["phuong-02", "Phường Việt Hưng", "Năm 2024", 2, 0, 2, false],
      ["quan-100", "Quận Long Biên", "Năm 2024", 100, 1, 99, false],
    ]);
    expect(c.duplicates).toStrictEqual([
      {
        name: "Nguyễn Văn Hùng",
        occurrences: [
          { unit: "Phường Bồ Đề", file: "Bo_De.xlsx", sheet: "DS", row: 9, counted: true },
          { unit: "Phường Việt Hưng", file: "Viet_Hung.xlsx", sheet: "DS", row: 9, counted: true },
        ],
      },
    ]);
    expect(c.skipped).toStrictEqual([{ file: "Hong.xlsx", sheet: null, reason: "tệp bị hỏng" }]);
  });

  test("duplicates need the same birth year when both rows give one", () => {
    const a = { ...makeEntry("Phường Bồ Đề", "a.xlsx", 9, "Lê Văn Bình", "ca_nhan", true) };
    const b = { ...makeEntry("Phường Việt Hưng", "b.xlsx", 9, "LÊ VĂN BÌNH", "ca_nhan", true) };
    a.nomination = { ...a.nomination, birthYear: 1970 };
    b.nomination = { ...b.nomination, birthYear: 1985 };
    expect(findDuplicates([a, b]).duplicates).toStrictEqual([]);
    b.nomination = { ...b.nomination, birthYear: 1970 };
    expect(findDuplicates([a, b]).duplicates.map((d) => d.occurrences.length)).toStrictEqual([2]);
  });

  test("property: nothing is lost — each input row is in the list exactly once", () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const c = consolidateEntries(plan, entries, []);
        const key = (e: ConsolidatedEntry) => `${e.file}|${e.sheet}|${e.row}`;
        expect(c.entries.map(key).sort()).toStrictEqual(entries.map(key).sort());
      }),
    );
  });

  test("property: totals equal the sums of their parts", () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const c = consolidateEntries(plan, entries, []);
        const sum = (f: (u: (typeof c.units)[number]) => number) => c.units.reduce((a, u) => a + f(u), 0);
        expect(c.totals.rows).toBe(sum((u) => u.rows));
        expect(c.totals.validRows).toBe(sum((u) => u.validRows));
        for (const k of ["ca_nhan", "tap_the", "ho_gia_dinh"] as const) expect(c.totals.byKind[k]).toBe(sum((u) => u.byKind[k]));
        expect(c.totals.validRows).toBe(Object.values(c.totals.byKind).reduce((a, b) => a + (b ?? 0), 0));
        expect(c.totals.rows).toBe(entries.length);
      }),
    );
  });

  test("property: the order of inputs changes no total", () => {
    fc.assert(
      fc.property(entriesArb, fc.func(fc.integer()), (entries, rank) => {
        const shuffled = [...entries].sort((a, b) => rank(a.file + a.row) - rank(b.file + b.row));
        expect(totalsOf(shuffled)).toStrictEqual(totalsOf(entries));
      }),
    );
  });

  test("property: consolidating (A + B) then C equals A then (B + C)", () => {
    fc.assert(
      fc.property(entriesArb, (all) => {
        const third = Math.floor(all.length / 3);
        const [a, b, c] = [all.slice(0, third), all.slice(third, 2 * third), all.slice(2 * third)];
        const ab = consolidateEntries(plan, [...a, ...b], []).entries;
        const bc = consolidateEntries(plan, [...b, ...c], []).entries;
        expect(totalsOf([...ab, ...c])).toStrictEqual(totalsOf([...a, ...bc]));
      }),
    );
  });
});

describe("quotas owed by units that sent nothing, and nominees named twice", () => {
  test("a unit of the registry that sent no list is counted at zero and marked not sent", () => {
    const c = consolidateEntries(plan, [makeEntry("Phường Bồ Đề", "a.xlsx", 9, "Nguyễn Văn Hùng", "ca_nhan", true)], [], {
      year: 2024,
      units: [
        { name: "Phường Bồ Đề", kind: "phuong", kindText: "Phường", staff: 30 },
        { name: "Phường Gia Thụy", kind: "phuong", kindText: "Phường", staff: 25 },
      ],
    });
    expect(c.quotas.filter((q) => q.ruleId === "phuong-02").map((q) => [q.scope, q.actual, q.shortfall, q.met, q.notSent ?? false])).toStrictEqual([
      ["Phường Bồ Đề", 1, 1, false, false],
      ["Phường Gia Thụy", 0, 2, false, true],
    ]);
  });

  test("the same person named by two units counts once towards the level above", () => {
    const c = consolidateEntries(
      plan,
      [makeEntry("Phường Bồ Đề", "a.xlsx", 9, "Nguyễn Văn Hùng", "ca_nhan", true), makeEntry("Phường Việt Hưng", "b.xlsx", 9, "NGUYỄN VĂN  HÙNG", "ca_nhan", true)],
      [],
      { year: 2024 },
    );
    expect(c.quotas.filter((q) => q.ruleId === "quan-100").map((q) => [q.actual, q.registered])).toStrictEqual([[1, 1]]);
    expect(c.totals.rows).toBe(2);
  });
});
