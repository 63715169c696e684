import fc from "fast-check";
import type { Nomination } from "../../../src/core/model";
import { readListSheet, type ReadList } from "../../../src/core/read/readListSheet";
import {
  encodeSheetSpec,
  expectedHoaBinhNominations,
  HOA_BINH_COLUMNS,
  makeHoaBinhSpec,
  makeHoaBinhTwoRowSpec,
  makeTestPlan,
  toSheetValues,
  type SheetSpec,
} from "../../helpers/sheets";

/**
 * The key equivalence: one list kept five ways — clean Unicode, decomposed Unicode (NFD),
 * TCVN3 with .VnTime body and .VnTimeH titles, VNI-Times, and under a two-row merged header —
 * reads to the same nominations. Only the Excel row numbers differ where the layout does.
 */

const plan = makeTestPlan();

const readList = (spec: SheetSpec): ReadList => {
  const read = readListSheet(toSheetValues(spec), plan);
  if (read.type !== "list") throw new Error(`"${spec.name}" was not read as a list: ${read.reason}`);
  return read;
};

const withoutRow = (ns: readonly Nomination[]): Omit<Nomination, "row">[] => ns.map(({ row: _row, ...rest }) => rest);
const nominationsOf = (list: ReadList): Nomination[] => list.items.map((i) => i.nomination);

const VARIANTS: readonly [string, SheetSpec, number][] = [
  ["clean Unicode", makeHoaBinhSpec(), 8],
  ["NFD (tổ hợp)", encodeSheetSpec(makeHoaBinhSpec(), "nfd"), 8],
  ["TCVN3, .VnTime and .VnTimeH", encodeSheetSpec(makeHoaBinhSpec(), "tcvn3"), 8],
  ["VNI-Times", encodeSheetSpec(makeHoaBinhSpec(), "vni"), 8],
  ["two-row merged header", makeHoaBinhTwoRowSpec(), 9],
];

describe("the same list in every form", () => {
  const reference = nominationsOf(readList(makeHoaBinhSpec()));

  test.each(VARIANTS)("%s gives the expected nominations", (_label, spec, firstRow) => {
    expect(nominationsOf(readList(spec))).toStrictEqual(expectedHoaBinhNominations(firstRow));
  });

  test.each(VARIANTS)("%s gives the same nominations as clean Unicode, modulo row", (_label, spec) => {
    expect(withoutRow(nominationsOf(readList(spec)))).toStrictEqual(withoutRow(reference));
  });

  test.each(VARIANTS)("%s maps the same columns and leaves none unmapped", (_label, spec) => {
    const list = readList(spec);
    expect({ columns: list.header.columns, unmapped: list.header.unmapped }).toStrictEqual({ columns: HOA_BINH_COLUMNS, unmapped: [] });
  });

  test("the encoding read is reported per form", () => {
    expect(VARIANTS.map(([, spec]) => readList(spec).encoding)).toStrictEqual(["unicode", "unicode", "tcvn3", "vni", "unicode"]);
  });

  test("the title year and the list's last row are the same whatever the encoding", () => {
    expect(VARIANTS.map(([, spec]) => [readList(spec).titleYear, readList(spec).lastDataRow + 1])).toStrictEqual([
      [2024, 12], [2024, 12], [2024, 12], [2024, 12], [2024, 13],
    ]);
  });

  test("TCVN3 whose font names were lost (re-saved in Arial) is still recognised from the text", () => {
    const lost = { ...encodeSheetSpec(makeHoaBinhSpec(), "tcvn3") };
    delete lost.fonts;
    const list = readList(lost);
    // Without .VnTimeH the capitals cannot be told apart from lowercase: only their case differs.
    const expected = expectedHoaBinhNominations(8).map((n) => ({ ...n, kindText: n.kindText === "Cá nhân" ? n.kindText : n.kindText.toLowerCase() }));
    expect({ encoding: list.encoding, nominations: nominationsOf(list) }).toStrictEqual({ encoding: "tcvn3", nominations: expected });
  });
});

describe("columns in any order", () => {
  const base = makeHoaBinhSpec();
  const HEADER_ROW = 5;

  /** The spec with its 12 columns reordered by `order` (new column i holds old column order[i]) and an extra column at `extraAt`. */
  const rearrange = (order: readonly number[], extraAt: number): SheetSpec => ({
    ...base,
    merges: [],
    rows: base.rows.map((row, r) => {
      const moved = order.map((c) => row[c] ?? null);
      const extra = r === HEADER_ROW ? "Số điện thoại" : r > HEADER_ROW + 1 && r < HEADER_ROW + 7 && row.length > 0 ? "0912 345 678" : null;
      return [...moved.slice(0, extraAt), extra, ...moved.slice(extraAt)];
    }),
  });

  test("any order of the columns, with an extra one anywhere, gives the same nominations and reports the extra column", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(12).keys()], { minLength: 12, maxLength: 12 }), fc.integer({ min: 0, max: 12 }), (order, extraAt) => {
        const list = readList(rearrange(order, extraAt));
        expect({ nominations: nominationsOf(list), unmapped: list.header.unmapped.map((u) => u.header) }).toStrictEqual({
          nominations: expectedHoaBinhNominations(8),
          unmapped: ["Số điện thoại"],
        });
      }),
      { numRuns: 40 },
    );
  });
});
