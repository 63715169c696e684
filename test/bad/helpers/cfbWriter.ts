/**
 * A minimal OLE compound file (CFB, version 3, 512-byte sectors), the container of Excel 97-2003
 * workbooks and of every Office file saved with a password ("EncryptionInfo" and
 * "EncryptedPackage" streams). Streams are padded to 4,096 bytes so none goes to the mini stream:
 * one FAT sector, one directory sector, then each stream's sectors in a chain.
 */

export interface CfbStream {
  name: string;
  data: Uint8Array;
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const SECTOR = 512;
const MINI_CUTOFF = 4096;

const writeName = (entry: Buffer, name: string): void => {
  for (let i = 0; i < name.length; i++) entry.writeUInt16LE(name.charCodeAt(i), i * 2);
  entry.writeUInt16LE((name.length + 1) * 2, 64);
};

/** Up to three streams under the root, as siblings in a chain to the right (a valid, if unbalanced, tree). */
export const buildCfb = (streams: readonly CfbStream[]): Buffer => {
  if (streams.length > 3) throw new Error("buildCfb writes one directory sector: at most three streams");
  const padded = streams.map((s) => {
    const size = Math.max(MINI_CUTOFF, s.data.length);
    const data = Buffer.alloc(Math.ceil(size / SECTOR) * SECTOR);
    Buffer.from(s.data).copy(data);
    return { name: s.name, size, data };
  });
  const fat: number[] = [FAT_SECTOR, END_OF_CHAIN];
  const starts: number[] = [];
  for (const s of padded) {
    const count = s.data.length / SECTOR;
    starts.push(fat.length);
    for (let k = 0; k < count; k++) fat.push(k === count - 1 ? END_OF_CHAIN : fat.length + 1);
  }
  if (fat.length > SECTOR / 4) throw new Error("buildCfb writes one FAT sector: streams too big");

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));

  const directory = Buffer.alloc(SECTOR);
  const entry = (k: number): Buffer => directory.subarray(k * 128, (k + 1) * 128);
  for (let k = 0; k < 4; k++) {
    const e = entry(k);
    e.writeUInt32LE(NO_STREAM, 68);
    e.writeUInt32LE(NO_STREAM, 72);
    e.writeUInt32LE(NO_STREAM, 76);
  }
  const root = entry(0);
  writeName(root, "Root Entry");
  root[66] = 5;
  root[67] = 1;
  root.writeUInt32LE(padded.length > 0 ? 1 : NO_STREAM, 76);
  root.writeUInt32LE(END_OF_CHAIN, 116);
  padded.forEach((s, i) => {
    const e = entry(i + 1);
    writeName(e, s.name);
    e[66] = 2;
    e[67] = 1;
    if (i + 1 < padded.length) e.writeUInt32LE(i + 2, 72);
    e.writeUInt32LE(starts[i] ?? END_OF_CHAIN, 116);
    e.writeUInt32LE(s.size, 120);
  });
  return Buffer.concat([header, fatSector, directory, ...padded.map((s) => s.data)]);
};
