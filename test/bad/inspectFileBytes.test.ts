import { deflateRawSync } from "node:zlib";
import { FileProblemError, type FileProblem } from "../../src/core/files/fileProblems";
import { inspectFileBytes, listCfbStreamNames } from "../../src/xlsx/inspectFileBytes";
import { checkZipLimits, DEFAULT_ZIP_LIMITS, readZipDirectory, verifyDeclaredSizes, type ZipLimits } from "../../src/xlsx/inspectZip";
import { buildCfb } from "./helpers/cfbWriter";
import { buildRawXlsx, buildRawXlsxEntries } from "./helpers/rawXlsx";
import { listRows } from "./helpers/unitList";
import { buildZip, crc32 } from "./helpers/zipWriter";

/** What a file is, from its bytes, and the zip limits: with small limits, so small inputs reach them. */

const problemOf = async (bytes: Uint8Array, file: string, limits?: ZipLimits): Promise<FileProblem | string> => {
  try {
    return await inspectFileBytes(bytes, file, limits);
  } catch (e) {
    if (e instanceof FileProblemError) return e.problem;
    throw e;
  }
};

const LIST = buildRawXlsx({ sheets: [{ name: "DS", rows: listRows("Xã Sáng Nhè") }] });
const small = (change: Partial<ZipLimits>): ZipLimits => ({ ...DEFAULT_ZIP_LIMITS, ...change });

describe("readZipDirectory", () => {
  it("lists the parts with their sizes and where their bytes start", () => {
    const zip = buildZip([{ name: "a.xml", data: "x".repeat(1000) }, { name: "mimetype", data: "abc", store: true }]);
    // The writer dates every part 1/1/2024 00:00 (MS-DOS date in the high half).
    const modified = (((2024 - 1980) << 9) | (1 << 5) | 1) * 0x10000;
    expect(readZipDirectory(zip)).toStrictEqual([
      { name: "a.xml", method: 8, encrypted: false, compressedSize: deflateRawSync("x".repeat(1000), { level: 9 }).length, uncompressedSize: 1000, dataStart: 35, crc32: crc32(Buffer.from("x".repeat(1000))), modified },
      { name: "mimetype", method: 0, encrypted: false, compressedSize: 3, uncompressedSize: 3, dataStart: 35 + deflateRawSync("x".repeat(1000), { level: 9 }).length + 38, crc32: crc32(Buffer.from("abc")), modified },
    ]);
  });

  it("follows the offsets when bytes come before the zip (a self-extracting stub)", () => {
    const zip = Buffer.concat([Buffer.from("MZ stub "), buildZip([{ name: "a", data: "b", store: true }])]);
    expect(readZipDirectory(zip)?.map((e) => [e.name, e.dataStart])).toStrictEqual([["a", 8 + 31]]);
  });

  it("is null for a zip cut anywhere, never an exception", () => {
    for (let cut = 0; cut < LIST.length; cut += 97) expect(readZipDirectory(LIST.subarray(0, cut))).toBeNull();
  });
});

describe("checkZipLimits", () => {
  const entries = readZipDirectory(LIST) ?? [];
  const total = entries.reduce((a, e) => a + e.uncompressedSize, 0);

  it("passes a real list under the default limits", () => {
    expect(checkZipLimits(entries, "ds.xlsx")).toBeNull();
  });

  it("refuses past the total, the number of parts, and the ratio of a big part", () => {
    expect([
      checkZipLimits(entries, "ds.xlsx", small({ maxTotalUncompressed: total - 1 })),
      checkZipLimits(entries, "ds.xlsx", small({ maxEntries: 3 })),
      checkZipLimits(entries, "ds.xlsx", small({ ratioAppliesAbove: 100, maxRatio: 2 })),
    ]).toStrictEqual([
      { code: "zip/too-large", file: "ds.xlsx", actual: total, limit: total - 1 },
      { code: "zip/too-many-entries", file: "ds.xlsx", actual: entries.length, limit: 3 },
      { code: "zip/bomb", file: "ds.xlsx", entry: "[Content_Types].xml", actual: expect.any(Number), limit: 2 },
    ]);
  });
});

describe("checkZipLimits: names", () => {
  it("refuses two parts of one name, in any letter case (which a reader takes would be chance)", () => {
    const entries = readZipDirectory(buildZip([...buildRawXlsxEntries({ sheets: [{ name: "DS", rows: listRows("Xã Sáng Nhè") }] }), { name: "XL/Worksheets/Sheet1.xml", data: "<worksheet/>" }])) ?? [];
    expect(checkZipLimits(entries, "Xa_A.xlsx")).toStrictEqual({ code: "zip/duplicate-entry", file: "Xa_A.xlsx", entry: "XL/Worksheets/Sheet1.xml" });
  });
});

describe("verifyDeclaredSizes", () => {
  /** A part whose header says 100 bytes and whose data inflates to 200,000. */
  const lying = (): Buffer => {
    const zip = buildZip([{ name: "xl/workbook.xml", data: "<workbook/>" }, { name: "xl/worksheets/sheet1.xml", data: " ".repeat(200_000) }]);
    const entries = readZipDirectory(zip) ?? [];
    const sheet = entries[1];
    if (!sheet) throw new Error("no sheet");
    const out = Buffer.from(zip);
    // The uncompressed size in the local header (offset 22) and in the central record (offset 24).
    out.writeUInt32LE(100, sheet.dataStart - 30 - "xl/worksheets/sheet1.xml".length + 22);
    const central = out.lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46;
    out.writeUInt32LE(100, central + 24);
    return out;
  };

  it("inflates, counting, only when the parts could pass the limit whatever they declare; stops a part that gives more", async () => {
    const zip = lying();
    const entries = readZipDirectory(zip) ?? [];
    expect(checkZipLimits(entries, "x.xlsx", small({ maxTotalUncompressed: 10_000 }))).toBeNull();
    expect(await verifyDeclaredSizes(entries, zip, "x.xlsx", small({ maxTotalUncompressed: 10_000 }))).toStrictEqual({ code: "zip/bomb", file: "x.xlsx", entry: "xl/worksheets/sheet1.xml" });
    expect(await verifyDeclaredSizes(entries, zip, "x.xlsx")).toBeNull();
  });

  it("lets honest parts through, and leaves a part that does not inflate to the reader", async () => {
    const entries = readZipDirectory(LIST) ?? [];
    expect(await verifyDeclaredSizes(entries, LIST, "ds.xlsx", small({ maxTotalUncompressed: 1 }))).toBeNull();
    const garbage = buildZip([{ name: "xl/workbook.xml", data: "x", store: true }]);
    const e = readZipDirectory(garbage) ?? [];
    expect(await verifyDeclaredSizes(e.map((x) => ({ ...x, method: 8 })), garbage, "g.xlsx", small({ maxTotalUncompressed: 1 }))).toBeNull();
  });
});

describe("inspectFileBytes", () => {
  it("tells each kind of file by its bytes, whatever its name", async () => {
    const docx = buildZip([{ name: "word/document.xml", data: "<w/>" }]);
    const pptx = buildZip([{ name: "ppt/presentation.xml", data: "<p/>" }]);
    const xlsb = buildZip([{ name: "xl/workbook.bin", data: "\u0000" }]);
    const odt = buildZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text", store: true }, { name: "content.xml", data: "<x/>" }]);
    const plainZip = buildZip([{ name: "danh-sach.xlsx", data: LIST }]);
    const doc = buildCfb([{ name: "WordDocument", data: Buffer.alloc(10) }]);
    const otherCfb = buildCfb([{ name: "Contents", data: Buffer.alloc(10) }]);
    const checks: [Uint8Array, string][] = [
      [LIST, "a.xls"],
      [Buffer.from("Họ và tên;Đối tượng\r\n"), "a.csv"],
      [Buffer.from("Họ và tên\tĐối tượng\r\n"), "a.txt"],
      [docx, "a.xlsx"],
      [pptx, "a.xlsx"],
      [xlsb, "a.xlsb"],
      [odt, "a.xlsx"],
      [plainZip, "a.zip"],
      [doc, "a.xls"],
      [otherCfb, "a.xlsx"],
      [Buffer.from("\uFEFF  <!DOCTYPE html><html><body><table></table></body></html>"), "a.xlsx"],
      [Buffer.from("MIME-Version: 1.0\r\nContent-Type: multipart/related"), "a.xls"],
      [Buffer.from("\uFEFFa,b\r\n", "utf16le"), "a.csv"],
    ];
    expect(await Promise.all(checks.map(([b, f]) => problemOf(b, f)))).toStrictEqual([
      "xlsx",
      "csv",
      "csv",
      { code: "format/other-office", file: "a.xlsx", actual: "Word" },
      { code: "format/other-office", file: "a.xlsx", actual: "PowerPoint" },
      { code: "format/xlsb", file: "a.xlsb" },
      { code: "format/other-office", file: "a.xlsx", actual: "OpenDocument" },
      { code: "format/zip", file: "a.zip" },
      { code: "format/other-office", file: "a.xls", actual: "Word" },
      { code: "format/office-97", file: "a.xlsx" },
      { code: "format/html", file: "a.xlsx" },
      { code: "format/html", file: "a.xls" },
      "csv",
    ]);
  });

  it("finds the streams of an OLE container by its directory entries", () => {
    expect(listCfbStreamNames(buildCfb([{ name: "EncryptionInfo", data: Buffer.alloc(8) }, { name: "EncryptedPackage", data: Buffer.alloc(8) }]))).toStrictEqual(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
  });

  it("refuses an .xlsx whose parts pass the total limit", async () => {
    expect(await problemOf(LIST, "ds.xlsx", small({ maxTotalUncompressed: 1000 }))).toStrictEqual({ code: "zip/too-large", file: "ds.xlsx", actual: expect.any(Number), limit: 1000 });
  });

  it("never throws anything but a FileProblemError, whatever the bytes", async () => {
    const entries = buildRawXlsxEntries({ sheets: [{ name: "DS", rows: listRows("Xã Sáng Nhè") }] });
    const variants = [0, 1, 4, 22, 30, 46, 100].flatMap((n) => [LIST.subarray(n), LIST.subarray(0, LIST.length - n), Buffer.from(LIST).fill(0xff, n, n + 30)]);
    variants.push(buildZip(entries.map((e) => ({ ...e, data: Buffer.alloc(0) }))));
    for (const v of variants) expect(["xlsx", "format/unknown", "zip/truncated", "format/zip", "format/text"]).toContain(await problemOf(v, "v.xlsx").then((p) => (typeof p === "string" ? p : p.code)));
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});
