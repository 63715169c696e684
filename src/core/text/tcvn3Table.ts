/**
 * TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime family of fonts. Excel keeps each byte as
 * the Windows-1252 character of the same number, which for 0xA0–0xFF is the Latin-1 code point,
 * so the keys are code points. VN3 has no byte in 0x80–0x9F: the fonts draw those as the ordinary
 * cp1252 punctuation (“ ” – …), which therefore stays as it is.
 *
 * Rows run grave, hook, tilde, acute, dot below (huyền, hỏi, ngã, sắc, nặng), the order of the
 * standard's table; the gaps (0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0) are unassigned in VN3.
 */
const TCVN3_CODES: readonly (readonly [number, string])[] = [
  // The only capitals VN3 has; the other capitals are lowercase codes drawn by an "…H" font.
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

/** A 256-slot array from code point to replacement; `undefined` keeps the character. */
export type CodeLookup = readonly (string | undefined)[];

const buildTcvn3Lookup = (capitals: boolean): CodeLookup => {
  const lookup: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const [code, letter] of TCVN3_CODES) lookup[code] = capitals ? letter.toUpperCase() : letter;
  // An uppercase font draws the ASCII lowercase letters as capitals too ("ubnd" shows "UBND").
  if (capitals) for (let code = 0x61; code <= 0x7a; code++) lookup[code] = String.fromCharCode(code - 0x20);
  return lookup;
};

/** .VnTime and the other lowercase-and-capitals ABC fonts. */
export const TCVN3_LOOKUP: CodeLookup = buildTcvn3Lookup(false);
/** .VnTimeH and the other "…H" ABC fonts, which draw every letter as a capital. */
export const TCVN3_CAPITALS_LOOKUP: CodeLookup = buildTcvn3Lookup(true);
