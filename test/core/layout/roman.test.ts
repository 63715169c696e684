import { toRoman } from "../../../src/core/layout/roman";

describe("toRoman", () => {
  it("writes the group numbers of Vietnamese tables", () => {
    const numbers = [1, 2, 3, 4, 5, 6, 9, 10, 12, 14, 19, 40, 44, 49, 90, 99, 400, 1994, 3999];
    expect(numbers.map(toRoman)).toStrictEqual(["I", "II", "III", "IV", "V", "VI", "IX", "X", "XII", "XIV", "XIX", "XL", "XLIV", "XLIX", "XC", "XCIX", "CD", "MCMXCIV", "MMMCMXCIX"]);
  });

  it("falls back to Arabic digits where Roman numerals have no form", () => {
    expect([0, -3, 2.5, 4000, Number.NaN].map(toRoman)).toStrictEqual(["0", "-3", "2.5", "4000", "NaN"]);
  });
});
