import { readdirSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { buildZip, type ZipEntry } from "./zipWriter";

/**
 * Mutants of real workbooks for the fuzz test: the repository's own unit files (the demo's
 * samples, the reading fixtures, the bad-input corpus) changed at the XML level (a part's text
 * cut, repeated, spliced with what attacks readers: far addresses, huge merges, entities, NUL
 * references, unclosed brackets, style and string indexes out of range, UTF-16) or at the zip
 * level (bytes flipped, sizes and methods in the directory changed, entries duplicated, the file
 * cut). Seeded: the same seed gives the same mutants on every machine.
 */

const ROOT = join(__dirname, "..", "..", "..");

/** The workbooks mutated, with the plan each is checked against. */
export const listFuzzSources = (): { file: string; plan: string }[] => {
  const inFolder = (folder: string, plan: string): { file: string; plan: string }[] =>
    readdirSync(join(ROOT, folder))
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
      .map((f) => ({ file: join(ROOT, folder, f), plan }));
  return [
    ...inFolder("templates/samples/tua-chua-2021-2025", "tua-chua-2021-2025"),
    ...inFolder("templates/samples/long-bien-2023-2025", "long-bien-2023-2025"),
    ...inFolder("test/fixtures/sheets/raw", "tua-chua-2021-2025"),
    ...inFolder("test/fixtures/sheets/exceljs", "tua-chua-2021-2025"),
    ...inFolder("test/fixtures/bad", "tua-chua-2021-2025"),
  ];
};

/** A small fast generator (mulberry32): deterministic, seeded. */
export const makeRandom = (seed: number): { int: (n: number) => number; pick: <T>(items: readonly T[]) => T } => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * Math.max(1, n));
  return { int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
};

type Random = ReturnType<typeof makeRandom>;

/** What readers have been attacked with, spliced into a part's XML. */
const SNIPPETS = [
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<row r="9"><c r="XFD1048576"><v>1</v></c></row>',
  '<c r="FZZZZZ9" t="inlineStr"><is><t>x</t></is></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="F100:XFD1048577"/>',
  '<mergeCells count="3"><mergeCell ref="A1:XFD1"/><mergeCell ref="A2:XFD2"/><mergeCell ref="A1:B1048576"/></mergeCells>',
  "&#0;",
  "&e;",
  '<!DOCTYPE x [<!ENTITY e "eeeeeeeeee">]>',
  "[".repeat(3000),
  "<![CDATA[",
  "]]>",
  '<c r="B7" t="s"><v>999999</v></c>',
  '<c r="B7" s="999999"><v>1</v></c>',
  '<row r="7"><c r="B7"><v>2</v></c></row>',
  '<numFmt numFmtId="200" formatCode="' + "[".repeat(2000) + '"/>',
  '<sheet name="Lặp" sheetId="99" r:id="rId1"/>',
  '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../etc/passwd"/>',
  `<si><t>${"x".repeat(5000)}</t></si>`,
  "\u0000\u001b[2J\uFFFE",
];

const BIG_NUMBERS = ["0", "-1", "4294967296", "1048577", "16385", "99999999999999999999", "NaN", "1e308"];

const mutateText = (xml: string, r: Random): string => {
  const at = r.int(xml.length + 1);
  const span = 1 + r.int(Math.min(400, xml.length));
  switch (r.int(7)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + span);
    case 1:
      return xml.slice(0, at) + xml.slice(at, at + span).repeat(2 + r.int(50)) + xml.slice(at);
    case 2:
    case 3:
      return xml.slice(0, at) + r.pick(SNIPPETS) + xml.slice(at);
    case 4: {
      // One number (an index, a row, a size) replaced by one that reaches too far.
      const numbers = [...xml.matchAll(/\d+/g)];
      const m = numbers.length > 0 ? r.pick(numbers) : null;
      return m?.index === undefined ? xml : xml.slice(0, m.index) + r.pick(BIG_NUMBERS) + xml.slice(m.index + m[0].length);
    }
    case 5:
      return xml.slice(0, at);
    default: {
      // A tag's name swapped for another's: tags that no longer nest.
      const tags = [...xml.matchAll(/<\/?([A-Za-z:]+)/g)];
      const m = tags.length > 0 ? r.pick(tags) : null;
      const other = tags.length > 0 ? r.pick(tags)[1] : "x";
      return m?.index === undefined ? xml : xml.slice(0, m.index) + m[0].replace(m[1] ?? "", other ?? "x") + xml.slice(m.index + m[0].length);
    }
  }
};

/** A part of the workbook changed at the XML level, the zip written again around it. */
const mutateXmlLevel = (bytes: Uint8Array, r: Random): Uint8Array => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return mutateZipLevel(bytes, r);
  }
  const names = Object.keys(files);
  const xmlNames = names.filter((n) => /\.(xml|rels|vml)$/i.test(n));
  if (xmlNames.length === 0) return mutateZipLevel(bytes, r);
  const target = r.pick(xmlNames);
  const entries: ZipEntry[] = names.map((name) => {
    const data = files[name] ?? new Uint8Array(0);
    if (name !== target) return { name, data };
    let text = Buffer.from(data).toString("utf8");
    for (let k = 1 + r.int(3); k > 0; k--) text = mutateText(text, r);
    // Now and then the part is written in UTF-16, as some writers do.
    return { name, data: r.int(8) === 0 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) : text };
  });
  if (r.int(10) === 0) {
    const twin = r.pick(names);
    entries.push({ name: r.int(2) === 0 ? twin : twin.toUpperCase(), data: files[twin] ?? new Uint8Array(0) });
  }
  return buildZip(entries);
};

/** The zip itself changed: its bytes, its directory's fields, its length. */
const mutateZipLevel = (bytes: Uint8Array, r: Random): Uint8Array => {
  const b = Buffer.from(bytes);
  const directory = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  switch (r.int(5)) {
    case 0:
      for (let k = 1 + r.int(8); k > 0; k--) b[r.int(b.length)] = r.int(256);
      return b;
    case 1:
      return b.subarray(0, r.int(b.length));
    case 2: {
      // A size in a directory record (compressed or not) made smaller, larger or absurd.
      if (directory < 0) return b;
      const field = directory + r.pick([20, 24]);
      if (field + 4 > b.length) return b;
      b.writeUInt32LE(r.pick([0, 1, b.readUInt32LE(field) + 1 + r.int(1000), Math.max(0, b.readUInt32LE(field) - 1 - r.int(100)), 0xfffffffe]) >>> 0, field);
      return b;
    }
    case 3: {
      // A compression method or flags field in a directory record.
      if (directory < 0 || directory + 12 > b.length) return b;
      b.writeUInt16LE(r.pick([0, 1, 8, 9, 12, 99]), directory + 10);
      b.writeUInt16LE(r.pick([0, 1, 8, 0x800]), directory + 8);
      return b;
    }
    default: {
      const at = r.int(b.length);
      return Buffer.concat([b.subarray(0, at), b.subarray(at, at + 1 + r.int(64)), b.subarray(at)]);
    }
  }
};

export interface Mutant {
  /** Which source, how changed, by which seed: enough to make it again. */
  name: string;
  plan: string;
  bytes: Uint8Array;
}

/** Mutant number `index` of the run seeded `seed`, from one of `sources` (read by `read`). */
export const makeMutant = (seed: number, index: number, sources: readonly { file: string; plan: string; bytes: Uint8Array }[]): Mutant => {
  const r = makeRandom((seed * 1_000_003 + index) >>> 0);
  const source = r.pick(sources);
  const level = r.int(3) === 0 ? "zip" : "xml";
  let bytes = source.bytes;
  for (let k = 1 + r.int(2); k > 0; k--) bytes = level === "zip" ? mutateZipLevel(bytes, r) : mutateXmlLevel(bytes, r);
  return { name: `${source.file.split("/").pop() ?? ""} #${seed}.${index} (${level})`, plan: source.plan, bytes };
};
