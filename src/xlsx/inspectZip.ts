import type { FileProblem } from "../core/files/fileProblems";

/**
 * Reads a zip's central directory (the list at its end of every part, with its sizes) before
 * exceljs sees the bytes: exceljs (through JSZip) inflates every part whole into memory, so a part
 * that inflates to gigabytes would take the program down. Pure byte reading: runs in the browser
 * pane as in the CLI.
 */

export interface ZipLimits {
  /** Sum of the parts' uncompressed sizes. */
  maxTotalUncompressed: number;
  /** A part bigger than `ratioAppliesAbove` may not inflate more than this many times its size in the file. */
  maxRatio: number;
  ratioAppliesAbove: number;
  maxEntries: number;
}

/**
 * 100 MB uncompressed in all: exceljs took 8 s and 1.25 GB of heap for 84 MB of sheet XML
 * (1.2 million cells), so beyond ~150 MB a PC with 8 GB of memory (a 2 GB Node heap) runs out.
 * Sheet XML compresses about 5–30 times; deflate cannot pass ~1,030 times, which is what bombs use.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
  maxEntries: 10_000,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the compressed bytes start in the file. */
  dataStart: number;
  /** As the directory gives them: the CRC-32 of the inflated part, and its MS-DOS time and date (time in the low half). */
  crc32: number;
  modified: number;
}

export type ZipKind = "xlsx" | "xlsb" | "ods" | "odf" | "word" | "powerpoint" | "zip";

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x100000000;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const findEndRecord = (b: Uint8Array): number => {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD && i + 22 + u16(b, i + 20) <= b.length) return i;
  return -1;
};

/** The ZIP64 extra field holds, in order, each size or offset that the record marks 0xFFFFFFFF. */
const readZip64Extra = (b: Uint8Array, start: number, end: number, wanted: { usize: boolean; csize: boolean; offset: boolean }): { usize?: number; csize?: number; offset?: number } => {
  for (let i = start; i + 4 <= end; ) {
    const id = u16(b, i);
    const size = u16(b, i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const out: { usize?: number; csize?: number; offset?: number } = {};
      if (wanted.usize) {
        out.usize = u64(b, p);
        p += 8;
      }
      if (wanted.csize) {
        out.csize = u64(b, p);
        p += 8;
      }
      if (wanted.offset) out.offset = u64(b, p);
      return out;
    }
    i += 4 + size;
  }
  return {};
};

/**
 * A short UTF-8 text (a part's name, the head of a file). Hosts without TextDecoder (jsdom in the
 * pane's tests) get Latin-1, which is exact for the ASCII names of an .xlsx's parts.
 */
export const decodeShortText = (b: Uint8Array): string =>
  typeof TextDecoder === "function" ? new TextDecoder("utf-8").decode(b) : Array.from(b, (x) => String.fromCharCode(x)).join("");

const decodeName = (b: Uint8Array, start: number, length: number): string => decodeShortText(b.subarray(start, start + length)).replace(/^\/+/, "");

/**
 * The parts of a zip, from its central directory; `null` when the directory is missing or points
 * outside the file (a file cut short, or not a whole zip).
 */
export const readZipDirectory = (b: Uint8Array): ZipEntryInfo[] | null => {
  const end = findEndRecord(b);
  if (end < 0) return null;
  let count = u16(b, end + 10);
  let size = u32(b, end + 12);
  let offset = u32(b, end + 16);
  let directoryEnd = end;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR) return null;
    const record = u64(b, locator + 8);
    if (record + 56 > b.length || u32(b, record) !== ZIP64_EOCD) return null;
    count = u64(b, record + 32);
    size = u64(b, record + 40);
    offset = u64(b, record + 48);
    directoryEnd = record;
  }
  // Bytes before the zip proper (a self-extracting stub) shift every offset, as JSZip allows.
  const shift = directoryEnd - (offset + size);
  if (shift < 0) return null;
  const entries: ZipEntryInfo[] = [];
  let p = offset + shift;
  for (let k = 0; k < count; k++) {
    if (p + 46 > directoryEnd || u32(b, p) !== CENTRAL) return null;
    const flags = u16(b, p + 8);
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    let csize = u32(b, p + 20);
    let usize = u32(b, p + 24);
    let local = u32(b, p + 42);
    const wanted = { usize: usize === 0xffffffff, csize: csize === 0xffffffff, offset: local === 0xffffffff };
    if (wanted.usize || wanted.csize || wanted.offset) {
      const z = readZip64Extra(b, p + 46 + nameLength, p + 46 + nameLength + extraLength, wanted);
      usize = z.usize ?? usize;
      csize = z.csize ?? csize;
      local = z.offset ?? local;
    }
    const localAt = local + shift;
    if (localAt + 30 > b.length || u32(b, localAt) !== LOCAL) return null;
    const dataStart = localAt + 30 + u16(b, localAt + 26) + u16(b, localAt + 28);
    if (dataStart + csize > b.length) return null;
    entries.push({
      name: decodeName(b, p + 46, nameLength),
      method: u16(b, p + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: csize,
      uncompressedSize: usize,
      dataStart,
      crc32: u32(b, p + 16),
      modified: u32(b, p + 12),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** What a zip holds, by the names of its parts. */
export const classifyZip = (entries: readonly ZipEntryInfo[], b: Uint8Array): ZipKind => {
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  const mimetype = entries.find((e) => e.name === "mimetype" && e.method === 0);
  if (mimetype || names.has("content.xml")) {
    const text = mimetype ? decodeShortText(b.subarray(mimetype.dataStart, mimetype.dataStart + Math.min(mimetype.compressedSize, 100))) : "";
    return text.includes("spreadsheet") || (!mimetype && names.has("content.xml")) ? "ods" : "odf";
  }
  if (names.has("word/document.xml")) return "word";
  if (names.has("ppt/presentation.xml")) return "powerpoint";
  return "zip";
};

/**
 * The limits a zip passes or the first it breaks: too many parts, two parts of one name, too big
 * once inflated, a part inflating more than a document can, or parts sharing the same bytes (each
 * inflated again).
 */
export const checkZipLimits = (entries: readonly ZipEntryInfo[], file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): FileProblem | null => {
  if (entries.length > limits.maxEntries) return { code: "zip/too-many-entries", file, actual: entries.length, limit: limits.maxEntries };
  const encrypted = entries.find((e) => e.encrypted);
  if (encrypted) return { code: "zip/encrypted", file, entry: encrypted.name };
  // Two parts of one name (the reader matches names regardless of case): which one a reader
  // takes is arbitrary, so the report and the marked copy could read different lists.
  const names = new Set<string>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (names.has(key)) return { code: "zip/duplicate-entry", file, entry: e.name };
    names.add(key);
  }
  const byStart = entries.filter((e) => e.compressedSize > 0).sort((x, y) => x.dataStart - y.dataStart);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    const e = byStart[i];
    if (prev && e && e.dataStart < prev.dataStart + prev.compressedSize) return { code: "zip/bomb", file, entry: e.name };
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioAppliesAbove && ratio > limits.maxRatio) return { code: "zip/bomb", file, entry: e.name, actual: Math.round(ratio), limit: limits.maxRatio };
  }
  const total = entries.reduce((a, e) => a + e.uncompressedSize, 0);
  if (total > limits.maxTotalUncompressed) return { code: "zip/too-large", file, actual: total, limit: limits.maxTotalUncompressed };
  return null;
};

/** Deflate cannot inflate more than ~1,032 times: the most a part can give whatever its header says. */
const DEFLATE_MAX_RATIO = 1032;

/**
 * Sizes in the directory are the writer's word. When the parts could together inflate past the
 * limit even so, each deflated part is inflated once, counting, and stopped as soon as it gives
 * more than it declared: nothing bigger than a chunk is ever held.
 */
export const verifyDeclaredSizes = async (entries: readonly ZipEntryInfo[], b: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<FileProblem | null> => {
  const worst = entries.reduce((a, e) => a + (e.method === 8 ? e.compressedSize * DEFLATE_MAX_RATIO : e.compressedSize), 0);
  // Every browser the pane supports and Node ≥ 18 have DecompressionStream; a host without it keeps the directory's word.
  if (worst <= limits.maxTotalUncompressed || typeof DecompressionStream !== "function") return null;
  for (const e of entries) {
    if (e.method !== 8) continue;
    const stream = new Blob([b.slice(e.dataStart, e.dataStart + e.compressedSize)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    const reader = stream.getReader();
    let seen = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        seen += value.byteLength;
        if (seen > e.uncompressedSize) {
          await reader.cancel().catch(() => undefined);
          return { code: "zip/bomb", file, entry: e.name };
        }
      }
    } catch {
      // A part that does not inflate cleanly is exceljs's to refuse, with its own reason.
    }
  }
  return null;
};
