import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../../src/xlsx/ooxml/zipWrite";

export { crc32 };

/**
 * A small zip writer for the bad-input corpus: it writes exactly the bytes asked for, at a fixed
 * date, so the fixtures are the same on every run, and it can write what well-behaved writers
 * never do (entries sharing one compressed stream, an encrypted flag), which the product's own
 * writer (src/xlsx/ooxml/zipWrite.ts, whose CRC it uses) must never be able to.
 */

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored without compression (as "mimetype" must be in an OpenDocument file). */
  store?: boolean;
  /** Sets the "encrypted" flag, as zip tools do when a password is given. */
  encryptedFlag?: boolean;
}

export interface ZipOptions {
  /**
   * More central-directory records pointing at an entry already written: each alias inflates
   * the same compressed bytes again under its own name (the overlapping-entries zip bomb).
   */
  aliases?: readonly { name: string; of: string }[];
}

// 2024-01-01 00:00 in MS-DOS form.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  compressedSize: number;
  size: number;
  method: number;
  flags: number;
}

const localHeader = (w: Written): Buffer => {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(w.flags, 6);
  h.writeUInt16LE(w.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(w.crc, 14);
  h.writeUInt32LE(w.compressedSize, 18);
  h.writeUInt32LE(w.size, 22);
  h.writeUInt16LE(w.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, w.name]);
};

const centralRecord = (w: Written, name: Buffer): Buffer => {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(w.flags, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(w.crc, 16);
  h.writeUInt32LE(w.compressedSize, 20);
  h.writeUInt32LE(w.size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(w.offset, 42);
  return Buffer.concat([h, name]);
};

/** The bytes of a zip archive holding `entries` (deflated at level 9 unless stored). */
export const buildZip = (entries: readonly ZipEntry[], options: ZipOptions = {}): Buffer => {
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const body = e.store ? data : deflateRawSync(data, { level: 9 });
    const w: Written = { name: Buffer.from(e.name, "utf8"), offset, crc: crc32(data), compressedSize: body.length, size: data.length, method: e.store ? 0 : 8, flags: 0x0800 | (e.encryptedFlag ? 1 : 0) };
    const header = localHeader(w);
    parts.push(header, body);
    offset += header.length + body.length;
    written.push(w);
  }
  const central = [
    ...written.map((w) => centralRecord(w, w.name)),
    ...(options.aliases ?? []).map((a) => {
      const target = written.find((w) => w.name.toString("utf8") === a.of);
      if (!target) throw new Error(`zip alias ${a.name} points at no entry ${a.of}`);
      return centralRecord(target, Buffer.from(a.name, "utf8"));
    }),
  ];
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
};
