import { inflateSync, strFromU8 } from "fflate";
import { readZipDirectory, type ZipEntryInfo } from "../inspectZip";

/**
 * The parts of an .xlsx by name, inflated one at a time when asked for. Names are matched without
 * regard to case or a leading slash (Excel is as lenient). The zip has passed `inspectFileBytes`
 * (directory readable, size limits kept) before it gets here.
 */
export interface ZipParts {
  has(name: string): boolean;
  /** The zip's entry for a part name (matched as `has` matches it). */
  entry(name: string): ZipEntryInfo | undefined;
  /** The part as text (UTF-8, or UTF-16 with its byte-order mark); `null` when there is no such part. */
  text(name: string): string | null;
}

const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates raw deflate data whose size the zip's directory gives. fflate's, in pure JavaScript,
 * works in the browser pane; the command line passes Node's zlib (about twice as fast).
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

// The directory's size sizes the output; a part that says less than it holds comes out cut and
// fails to parse, as a damaged part should.
const inflateWithFflate: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

const inflatePart = (bytes: Uint8Array, entry: ZipEntryInfo, inflateRaw: InflateRaw): Uint8Array => {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw new Error(`phần "${entry.name}" nén theo cách ${entry.method}`);
  return inflateRaw(data, entry.uncompressedSize);
};

/** UTF-16 after its byte-order mark, in slices: one string per character would take ~20 times the part's size. */
const decodeUtf16 = (b: Uint8Array, littleEndian: boolean): string => {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const slices: string[] = [];
  const units = new Uint16Array(8192);
  for (let i = 2; i + 1 < b.length; ) {
    let n = 0;
    for (; n < units.length && i + 1 < b.length; n++, i += 2) units[n] = view.getUint16(i, littleEndian);
    slices.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return slices.join("");
};

/** Line breaks as an XML processor hands them on (XML 1.0, 2.11): "\r\n" and a lone "\r" become "\n". */
const normalizeLineBreaks = (text: string): string => (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);

/**
 * Bytes of an XML part as text: UTF-8 (its byte-order mark dropped) or UTF-16 with its mark, line
 * breaks normalized. A carriage return the cell really holds is written `&#13;` or `_x000D_`.
 */
export const decodeXmlBytes = (b: Uint8Array): string => {
  if (b[0] === 0xff && b[1] === 0xfe) return normalizeLineBreaks(decodeUtf16(b, true));
  if (b[0] === 0xfe && b[1] === 0xff) return normalizeLineBreaks(decodeUtf16(b, false));
  const text = strFromU8(b);
  return normalizeLineBreaks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
};

/** `entries`: the zip's parts when the caller has read them already (inspectSpreadsheetBytes has). */
export const openZipParts = (bytes: Uint8Array, inflateRaw: InflateRaw = inflateWithFflate, entries: readonly ZipEntryInfo[] | null = readZipDirectory(bytes)): ZipParts => {
  if (!entries) throw new Error("không đọc được danh mục zip");
  const byName = new Map<string, ZipEntryInfo>();
  for (const e of entries) {
    const key = e.name.replace(/^\/+/, "").toLowerCase();
    if (!byName.has(key)) byName.set(key, e);
  }
  const find = (name: string): ZipEntryInfo | undefined => byName.get(name.replace(/^\/+/, "").toLowerCase());
  return {
    has: (name) => find(name) !== undefined,
    entry: find,
    text: (name) => {
      const entry = find(name);
      return entry ? decodeXmlBytes(inflatePart(bytes, entry, inflateRaw)) : null;
    },
  };
};
