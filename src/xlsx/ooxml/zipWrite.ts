import { deflateSync } from "fflate";
import type { ZipEntryInfo } from "../inspectZip";

/**
 * Writes a zip whose parts are either copied from another zip as they are (their compressed
 * bytes, CRC and sizes untouched) or new. Local headers are written afresh from the directory's
 * fields, without data descriptors, so the copy is consistent even where the original's local
 * headers and directory disagreed. No ZIP64: the parts an .xlsx may hold (100 MB, 10,000 parts)
 * fit the plain format. No node modules: the browser pane may make marked copies too.
 */

export interface ZipOutEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The compressed bytes. */
  data: Uint8Array;
  /** MS-DOS time (low half) and date (high half). */
  modified: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Now, in MS-DOS form (two-second steps, years from 1980). */
export const dosTimeNow = (now: Date = new Date()): number => {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2);
  const date = ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  return ((date << 16) | time) >>> 0;
};

/** A part of the original zip, as it is. */
export const copiedEntry = (bytes: Uint8Array, e: ZipEntryInfo): ZipOutEntry => ({
  name: e.name,
  method: e.method,
  crc32: e.crc32,
  compressedSize: e.compressedSize,
  uncompressedSize: e.uncompressedSize,
  data: bytes.subarray(e.dataStart, e.dataStart + e.compressedSize),
  modified: e.modified,
});

/** Parts bigger than this are deflated fast rather than small: the notes of 40,000 cells are 40 MB. */
const FAST_DEFLATE_ABOVE = 1024 * 1024;

/** A new or changed part, deflated. */
export const deflatedEntry = (name: string, content: Uint8Array, modified: number): ZipOutEntry => {
  const data = deflateSync(content, { level: content.length > FAST_DEFLATE_ABOVE ? 1 : 6 });
  return { name, method: 8, crc32: crc32(content), compressedSize: data.length, uncompressedSize: content.length, data, modified };
};

const encoder = new TextEncoder();

interface Placed {
  entry: ZipOutEntry;
  name: Uint8Array;
  flags: number;
  offset: number;
}

const writeHeader = (out: DataView, at: number, signature: number, p: Placed, central: boolean): number => {
  let i = at;
  const u16 = (v: number): void => {
    out.setUint16(i, v, true);
    i += 2;
  };
  const u32 = (v: number): void => {
    out.setUint32(i, v >>> 0, true);
    i += 4;
  };
  u32(signature);
  if (central) u16(20);
  u16(20);
  u16(p.flags);
  u16(p.entry.method);
  u32(p.entry.modified);
  u32(p.entry.crc32);
  u32(p.entry.compressedSize);
  u32(p.entry.uncompressedSize);
  u16(p.name.length);
  u16(0);
  if (central) {
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(p.offset);
  }
  return i;
};

/** The zip holding `entries` in order. */
export const writeZip = (entries: readonly ZipOutEntry[]): Uint8Array => {
  const placed: Placed[] = [];
  let size = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    // Bit 11: the name is UTF-8.
    const flags = name.length !== entry.name.length ? 0x0800 : 0;
    placed.push({ entry, name, flags, offset: size });
    size += 30 + name.length + entry.data.length;
  }
  const directoryStart = size;
  for (const p of placed) size += 46 + p.name.length;
  const directorySize = size - directoryStart;
  size += 22;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const p of placed) {
    at = writeHeader(view, at, 0x04034b50, p, false);
    bytes.set(p.name, at);
    at += p.name.length;
    bytes.set(p.entry.data, at);
    at += p.entry.data.length;
  }
  for (const p of placed) {
    at = writeHeader(view, at, 0x02014b50, p, true);
    bytes.set(p.name, at);
    at += p.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, placed.length, true);
  view.setUint16(at + 10, placed.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, directoryStart, true);
  return bytes;
};
