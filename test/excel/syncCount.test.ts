import type { ExcelFeatures } from "../../src/excel/runInExcel";
import { measureCheckSyncs } from "./fake/measureSyncs";

const NOTES: ExcelFeatures = { notes: true, comments: true, mergedAreas: true };

describe("a check takes the same number of syncs for 100 and 10,000 rows", () => {
  test.each([
    ["one font", false],
    ["TCVN3 fonts mixed (.VnTimeH title)", true],
  ])("%s", async (_label, legacyFonts) => {
    const small = await measureCheckSyncs(100, { legacyFonts, features: NOTES });
    const large = await measureCheckSyncs(10_000, { legacyFonts, features: NOTES });

    const counts = (m: typeof small) => ({ read: m.read, mark: m.mark, clear: m.clear });
    expect(counts(large)).toStrictEqual(counts(small));
    expect(counts(small)).toStrictEqual({ read: legacyFonts ? 2 : 1, mark: 2, clear: 3 });
    expect(large.read + large.mark).toBeLessThanOrEqual(4);
    expect(large.findings).toBe(2000);
    expect(large.largestResponse).toBeLessThan(5 * 1024 * 1024);
  });
});
