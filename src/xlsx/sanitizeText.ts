/**
 * Text as the user sees it in Excel, and safe to write back into an .xlsx. OOXML writes characters
 * XML cannot hold as `_xHHHH_` (a carriage return pasted into a cell is `_x000D_`); exceljs leaves
 * those escapes as they are. Control characters other than tab and line breaks, U+FFFE/U+FFFF and
 * unpaired surrogates are then dropped: exceljs would write them raw, and the consolidated
 * workbook would no longer open ("disallowed character").
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
// eslint-disable-next-line no-control-regex -- the control characters are what is being removed
const INVALID_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters an XML 1.0 document cannot contain. */
export const removeInvalidXmlCharacters = (text: string): string => text.replace(INVALID_IN_XML, "");

/** `_x000D_` → "\r", `_x005F_` → "_" (how OOXML escapes an underscore), then invalid characters dropped. */
export const decodeOoxmlText = (text: string): string =>
  removeInvalidXmlCharacters(text.includes("_x") ? text.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);
