import fc from "fast-check";
import { checkDuplicates } from "../../../src/core/checks/checkDuplicates";
import { indexNominees } from "../../../src/core/checks/nomineeIndex";
import type { CellScalar, Finding, Nomination } from "../../../src/core/model";
import { evaluateQuota } from "../../../src/core/quotas/evaluateQuota";
import { isBlank, toCellText } from "../../../src/core/read/grid";
import { hasOneDistinctText } from "../../../src/core/read/listRows";
import { isYesMark } from "../../../src/core/read/parseValues";
import { cleanText, toMatchKey } from "../../../src/core/text/normalize";
import { makeTextOwner, ownText } from "../../../src/core/text/ownText";
import { listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { arbitraryCell, arbitraryWorkbook } from "../../helpers/arbitraryTables";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { ownReportTexts } from "../../../src/core/check/ownReportTexts";
import { HOA_BINH_COLUMNS, makeNomination } from "../../helpers/sheets";

/**
 * The core's fast paths (for 100,000-row sheets) against the plain definitions they replace:
 * the same answer for every input, not just the inputs the benchmark uses.
 */

const trimmedBlank = (v: CellScalar | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The duplicate check as first written: every earlier row of a name kept in a list. */
const listDuplicates = (nominations: readonly Nomination[]): [number, number][] => {
  const seen = new Map<string, Nomination[]>();
  const out: [number, number][] = [];
  for (const n of nominations) {
    const key = toMatchKey(n.name);
    if (key === "") continue;
    const earlier = seen.get(key) ?? [];
    const same = earlier.find((e) => e.birthYear === undefined || n.birthYear === undefined || e.birthYear === n.birthYear);
    if (same) out.push([n.row, same.row]);
    seen.set(key, [...earlier, n]);
  }
  return out;
};

const NAMES = ["Nguyễn Văn Hùng", "nguyen van hung", "NGUYỄN  VĂN HÙNG", "Đinh Thị Hoa", "Lò Văn Pọm", "", "  ", "…", "Hộ ông Vàng A Dính"];
const arbitraryNominations = fc.array(
  fc.record({
    name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 6 })),
    birthYear: fc.option(fc.constantFrom(1970, 1980, 1990), { nil: undefined }),
    kind: fc.constantFrom("ca_nhan" as const, "tap_the" as const, "ho_gia_dinh" as const, null),
    valid: fc.boolean(),
    date: fc.option(fc.constantFrom("05/11/2024", "01/03/2023", "31/12/2025"), { nil: undefined }),
  }),
  { maxLength: 40 },
).map((rows) =>
  rows.map(({ name, birthYear, kind, valid, date }, i) => {
    const n: Nomination & { valid: boolean } = { ...makeNomination({ row: i + 8, name, kind }), valid };
    if (birthYear !== undefined) n.birthYear = birthYear;
    if (date !== undefined) n.date = date;
    return n;
  }),
);

describe("fast paths give what the general definitions give", () => {
  test("isBlank: a text is blank when trimming leaves nothing, whatever character it begins with", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}x`, `${ch} `, `${ch}\u3000`]) if (isBlank(text) !== trimmedBlank(text)) differ.push(c);
    }
    expect(differ).toStrictEqual([]);
    fc.assert(fc.property(arbitraryCell, (v) => isBlank(v) === trimmedBlank(v)));
  });

  test("hasOneDistinctText reads a row as the list of its distinct texts would", () => {
    const row = fc.array(fc.oneof(arbitraryCell, fc.integer({ min: 1, max: 14 }), fc.constantFrom("(1)", "(2)", "3", "a", "b)", "Cộng")), { maxLength: 14 });
    fc.assert(
      fc.property(row, (cells) => {
        const distinct = new Set(cells.map((v) => cleanText(toCellText(v))).filter((t) => t !== ""));
        expect(hasOneDistinctText(cells)).toBe(distinct.size === 1);
      }),
      { numRuns: 3000 },
    );
  });

  test("isYesMark answers a text the same the first time and when remembered", () => {
    fc.assert(fc.property(arbitraryCell, (v) => isYesMark(v) === isYesMark(v)));
    expect(["x", " X ", "Đạt", "✓", "", "không", "1"].map(isYesMark)).toStrictEqual([true, true, true, true, false, false, true]);
  });

  test("checkDuplicates with the name index made once finds what a list of earlier rows per name finds", () => {
    fc.assert(
      fc.property(arbitraryNominations, (rows) => {
        const expected = listDuplicates(rows);
        const pairs = (found: Finding[]) => found.map((f) => [f.row, f.expected]);
        expect(pairs(checkDuplicates(rows, "DS", HOA_BINH_COLUMNS))).toStrictEqual(expected);
        expect(checkDuplicates(rows, "DS", HOA_BINH_COLUMNS, indexNominees(rows))).toStrictEqual(checkDuplicates(rows, "DS", HOA_BINH_COLUMNS));
      }),
      { numRuns: 1000 },
    );
  });

  test("a quota counts the same with one name index shared by every quota and with its own", () => {
    const plans = listBuiltinPlans();
    fc.assert(
      fc.property(arbitraryNominations, fc.constantFrom(2024, null), (rows, year) => {
        for (const plan of plans) {
          const shared = indexNominees(rows);
          for (const quota of plan.quotas) {
            const subject = { scope: "Xã Hòa Bình", staff: 40, year };
            expect(evaluateQuota(quota, plan, rows, subject, shared)).toStrictEqual(evaluateQuota(quota, plan, rows, subject));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test("ownReportTexts changes nothing a report says, down to the order of its keys", () => {
    const plan = listBuiltinPlans()[1];
    if (!plan) throw new Error("no plan");
    fc.assert(
      fc.property(arbitraryWorkbook, (workbook) => {
        const report = checkWorkbook(workbook, plan);
        const before = JSON.stringify(report);
        expect(JSON.stringify(ownReportTexts(report))).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  test("ownText and a sheet's text owner give back the same characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("\uD800abcdefghijklmn", "Nguyễn Văn Hùng thành tích")), (text) => {
        const own = makeTextOwner();
        expect(ownText(text)).toBe(text);
        expect(own(text)).toBe(text);
        expect(own(text)).toBe(own(text));
      }),
    );
  });
});
