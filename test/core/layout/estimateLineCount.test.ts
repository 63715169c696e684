import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/checkWorkbook";
import { consolidateReports } from "../../../src/core/consolidate/consolidate";
import { estimateLineCount } from "../../../src/core/layout/headingBlock";
import { listBuiltinPlans } from "../../../src/plans/builtinPlans";
import { encodeSheetSpec, makeHoaBinhSpec, makeHoaBinhTwoRowSpec, makeTestPlan, toSheetValues } from "../../helpers/sheets";

/**
 * `estimateLineCount` measures each text in one pass, without normalizing it to NFD or splitting
 * it into words. It must count exactly the lines the first version counted, whatever the text:
 * that version is kept here as the reference (its widths and steps as they were, without its
 * cache of measured characters).
 */

const WIDTHS: Readonly<Record<string, number>> = {
  " ": 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444, đ: 500,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722,
  O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611, Đ: 722,
  ".": 250, ",": 250, ":": 278, ";": 278, "-": 333, "–": 500, "—": 1000, "/": 278, "(": 333, ")": 333,
  "“": 444, "”": 444, '"': 408, "'": 180, "%": 833, "&": 778, "+": 564, "=": 564,
};
const measureCharUnits = (ch: string): number => {
  if (ch === "\u031B") return 60;
  if (/\p{M}/u.test(ch)) return 0;
  return WIDTHS[ch] ?? (/\p{Lu}/u.test(ch) ? 722 : 500);
};
const measureTextPx = (text: string, sizePt: number, bold: boolean): number => {
  let units = 0;
  for (const ch of text.normalize("NFD")) units += measureCharUnits(ch);
  return (units / 1000) * sizePt * (96 / 72) * (bold ? 1.08 : 1);
};
const referenceLineCount = (text: string, widthChars: number, sizePt: number, bold = false): number => {
  const available = Math.max(10, widthChars * 7 - 5) * 0.96;
  const spaceWidth = measureTextPx(" ", sizePt, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const width = measureTextPx(word, sizePt, bold);
      if (used > 0 && used + spaceWidth + width > available) {
        lines += 1;
        used = 0;
      }
      if (used === 0 && width > available) {
        lines += Math.ceil(width / available) - 1;
        used = width % available;
      } else {
        used += (used > 0 ? spaceWidth : 0) + width;
      }
    }
  }
  return lines;
};

/** Every string inside a value (plans, consolidations): the texts the layouts really measure. */
const stringsIn = (value: unknown, out: Set<string>): Set<string> => {
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) stringsIn(v, stringsIn(k, out));
  return out;
};

const realTexts = (): string[] => {
  const texts = new Set<string>();
  stringsIn(listBuiltinPlans(), texts);
  const plan = makeTestPlan();
  const specs = [makeHoaBinhSpec(), makeHoaBinhTwoRowSpec()].flatMap((spec) => (["unicode", "nfd", "tcvn3", "vni"] as const).map((form) => encodeSheetSpec(spec, form)));
  stringsIn(specs, texts);
  const reports = specs.map((spec, i) => checkWorkbook({ file: `Don_vi_${i}.xlsx`, sheets: [toSheetValues(spec)] }, plan, {}));
  const consolidation = consolidateReports(plan, reports, []);
  stringsIn(consolidation, texts);
  const entries = consolidation.entries.map((e) => e.findings.join("\n"));
  return [...texts, ...entries].flatMap((t) => [t, t.normalize("NFD"), t.toLocaleUpperCase("vi")]);
};

const SIZES = [11, 12, 13, 14] as const;
const COLUMN_WIDTHS = [0, 5, 6, 8, 11, 12, 14, 18, 24, 30, 34, 60, 120, 12.5] as const;

describe("estimateLineCount counts what its first version counted", () => {
  it("on every text of the built-in plans and of a checked, consolidated list, in NFC, NFD and capitals", () => {
    const texts = realTexts();
    expect(texts.length).toBeGreaterThan(500);
    const differences: string[] = [];
    for (const text of texts)
      for (const width of COLUMN_WIDTHS)
        for (const size of SIZES)
          for (const bold of [false, true]) {
            const [got, want] = [estimateLineCount(text, width, size, bold), referenceLineCount(text, width, size, bold)];
            if (got !== want) differences.push(`${JSON.stringify(text)} ${width} ${size} ${bold}: ${got} ≠ ${want}`);
          }
    expect(differences.slice(0, 5)).toStrictEqual([]);
  });

  /** Vietnamese letters composed and decomposed, loose marks, spaces, breaks, astral and lone surrogates. */
  const PIECES = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯWMwm.,;:-–—/()“”\"'%&+=0123456789ệỗữỮẶ", "e\u0302\u0323", "\u0301", "\u031B", "\u0323\u0302", "\u00A0", "\t", "\r", "😀", "𝐀", "\uD800", "\uDC00", "각", "Ω", "ﬀ", "\u1F82", " ", "  ", "\n", " \n "];
  const arbitraryText = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join("")),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: "grapheme", maxLength: 60 }),
  );

  it("on random texts, widths, sizes and weights", () => {
    fc.assert(
      fc.property(
        arbitraryText,
        fc.oneof(fc.constantFrom(...COLUMN_WIDTHS), fc.double({ min: -5, max: 200, noNaN: true })),
        fc.constantFrom(...SIZES, 9, 10.5, 20),
        fc.boolean(),
        (text, width, size, bold) => estimateLineCount(text, width, size, bold) === referenceLineCount(text, width, size, bold),
      ),
      { numRuns: 20000 },
    );
  });
});
