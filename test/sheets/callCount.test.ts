import { measureCheckCalls } from "./measureCalls";

describe("a check makes the same calls on the spreadsheet for 10 and 10,000 rows", () => {
  test("read, mark, check again and clear", async () => {
    const small = await measureCheckCalls(10);
    const large = await measureCheckCalls(10_000);
    const calls = (m: typeof small) => ({ check: m.check, recheck: m.recheck, clear: m.clear });

    expect(small.errors).toBe(2);
    expect(large.errors).toBe(2000);
    expect(calls(large)).toStrictEqual(calls(small));
    // One read each of values, fonts and merges of the sheet; fills and notes read once and written once.
    expect(["Range.getValues", "Range.getFontFamilies", "Range.getMergedRanges", "Range.getBackgrounds", "Range.getNotes", "Range.setNotes"].map((m) => large.check[m])).toStrictEqual([1, 1, 1, 1, 1, 1]);
    expect(large.totals).toStrictEqual(small.totals);
  });
});
