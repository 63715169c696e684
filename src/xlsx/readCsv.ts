import type { CellScalar, WorkbookValues } from "../core/model";
import { FileProblemError } from "../core/files/fileProblems";
import { removeInvalidXmlCharacters } from "./sanitizeText";

/**
 * CSV as units export it from Excel ("CSV UTF-8", comma or semicolon by the Windows list
 * separator) or from other programs, read into one sheet named after the file, as Excel opens it.
 * Only Unicode is read: CSV in Windows-1258, TCVN3 or VNI is refused, since which one it is cannot
 * be told for sure and a wrong guess garbles every name.
 */

/** The offset of the first byte that is not valid UTF-8, or -1. */
export const findInvalidUtf8 = (b: Uint8Array): number => {
  for (let i = 0; i < b.length; ) {
    const x = b[i] ?? 0;
    const need = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const y = b[i + 1] ?? 0;
    if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y > 0x9f) || (x === 0xf0 && y < 0x90) || (x === 0xf4 && y > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
};

/** The text of a CSV file: UTF-8 (with or without BOM) or UTF-16 with its BOM; else a FileProblem naming the line. */
export const decodeCsvText = (b: Uint8Array, file: string): string => {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  const bad = findInvalidUtf8(b);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (b[i] === 0x0a) line++;
    throw new FileProblemError({ code: "csv/not-utf8", file, line });
  }
  return new TextDecoder("utf-8").decode(b).replace(/^\uFEFF/, "");
};

/**
 * The delimiter: the most frequent of , ; and tab outside quotes in the first 50 lines (comma when
 * none). Not only the first line: a title line above the table has no delimiter at all.
 */
export const detectDelimiter = (text: string): string => {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n" && ++lines >= 50) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ",";
};

/**
 * RFC 4180 records: fields between delimiters, records ended by CRLF, LF or CR, quoted fields
 * holding delimiters, line breaks and doubled quotes. An unclosed quote takes the rest of the
 * file rather than failing: what was written is kept.
 */
export const parseCsvRecords = (text: string, delimiter: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  // Whether the record under way has begun: a last line of just "" is still a record.
  let begun = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    begun = true;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      records.push([...record, field]);
      record = [];
      field = "";
      begun = false;
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
  }
  if (begun) records.push([...record, field]);
  return records;
};

const isBlankText = (v: string): boolean => v.trim() === "";

/** A CSV file as a one-sheet workbook: every value as the text written, blanks as null, trailing blank rows left out. */
export const readCsvBytes = (bytes: Uint8Array, file: string): WorkbookValues => {
  let text = decodeCsvText(bytes, file);
  // Excel writes and honours a first line "sep=;" naming the delimiter.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const records = parseCsvRecords(text, sep?.[1] ?? detectDelimiter(text));
  const rows: CellScalar[][] = records.map((r) => {
    const values = r.map((v): CellScalar => (isBlankText(v) ? null : removeInvalidXmlCharacters(v)));
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return { file, sheets: [{ name: file.replace(/\.[^.]*$/, "") || file, rows, merges: [] }] };
};
