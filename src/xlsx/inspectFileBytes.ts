import { FileProblemError, type FileProblem } from "../core/files/fileProblems";
import { checkZipLimits, classifyZip, decodeShortText, DEFAULT_ZIP_LIMITS, readZipDirectory, verifyDeclaredSizes, type ZipEntryInfo, type ZipLimits } from "./inspectZip";

/**
 * Says what a file really is from its first bytes, whatever its name, before anything parses it:
 * a zip (an .xlsx, or .ods, .docx, .xlsb in disguise), an OLE container (an old .xls, or any
 * Office file with a password), a web page or XML 2003 spreadsheet that programs export under
 * an .xls name, a CSV, or noise. Every refusal is a FileProblem the user can act on.
 */

/** Files larger than this are not read into memory at all (see DEFAULT_ZIP_LIMITS for why 100 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type SpreadsheetKind = "xlsx" | "csv";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

/**
 * Names of the streams in an OLE compound file. Directory entries are 128 bytes at 128-byte
 * boundaries after the 512-byte header: a name of up to 31 UTF-16 letters, its byte length at
 * +64, its type at +66 (1 storage, 2 stream, 5 root). Reading every boundary finds them without
 * following the sector chains, which a damaged file may break.
 */
export const listCfbStreamNames = (b: Uint8Array): string[] => {
  const names: string[] = [];
  for (let at = 512; at + 128 <= b.length; at += 128) {
    const length = (b[at + 64] ?? 0) | ((b[at + 65] ?? 0) << 8);
    const type = b[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    let name = "";
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode((b[at + i] ?? 0) | ((b[at + i + 1] ?? 0) << 8));
    // OLE names of property streams begin with a control character ("\x05SummaryInformation").
    // eslint-disable-next-line no-control-regex
    if ((b[at + length - 2] ?? 1) === 0 && /^[\x01-\x06]?[\x20-\x7e]+$/.test(name)) names.push(name.replace(/^[\x01-\x06]/, ""));
  }
  return names;
};

/** An OLE compound file is never read: it is an old .xls, or a workbook with a password. */
const describeCfb = (b: Uint8Array, file: string): FileProblem => {
  const names = new Set(listCfbStreamNames(b));
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return { code: "format/encrypted", file };
  if (names.has("WordDocument")) return { code: "format/other-office", file, actual: "Word" };
  if (names.has("PowerPoint Document")) return { code: "format/other-office", file, actual: "PowerPoint" };
  if (names.has("Workbook") || names.has("Book") || /\.xls$/i.test(file)) return { code: "format/xls", file };
  return { code: "format/office-97", file };
};

const isTextByte = (x: number): boolean => x === 0x09 || x === 0x0a || x === 0x0d || x === 0x0c || x >= 0x20;

/** Text, by its first 4 KB: no NUL and almost no control bytes (a UTF-16 BOM counts as text too). */
const looksLikeText = (b: Uint8Array): boolean => {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const head = b.subarray(0, 4096);
  let odd = 0;
  for (const x of head) {
    if (x === 0) return false;
    if (!isTextByte(x)) odd++;
  }
  return odd <= head.length / 100;
};

const describeTextStart = (b: Uint8Array): "html" | "xml-2003" | null => {
  const start = decodeShortText(b.subarray(0, 2048)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<table|<meta|mime-version:)/.test(start) || (start.startsWith("<") && start.includes("<html"))) return "html";
  if (start.startsWith("<?xml") && start.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml-2003";
  return null;
};

const ZIP_KIND_PROBLEMS: Record<Exclude<ReturnType<typeof classifyZip>, "xlsx">, (file: string) => FileProblem> = {
  xlsb: (file) => ({ code: "format/xlsb", file }),
  ods: (file) => ({ code: "format/ods", file }),
  odf: (file) => ({ code: "format/other-office", file, actual: "OpenDocument" }),
  word: (file) => ({ code: "format/other-office", file, actual: "Word" }),
  powerpoint: (file) => ({ code: "format/other-office", file, actual: "PowerPoint" }),
  zip: (file) => ({ code: "format/zip", file }),
};

const inspectZipBytes = async (b: Uint8Array, file: string, limits: ZipLimits): Promise<ZipEntryInfo[]> => {
  const entries = readZipDirectory(b);
  if (!entries) throw new FileProblemError({ code: "zip/truncated", file });
  const kind = classifyZip(entries, b);
  if (kind !== "xlsx") throw new FileProblemError(ZIP_KIND_PROBLEMS[kind](file));
  const problem = checkZipLimits(entries, file, limits) ?? (await verifyDeclaredSizes(entries, b, file, limits));
  if (problem) throw new FileProblemError(problem);
  return entries;
};

/** What the bytes are, and for an .xlsx its zip's parts as the checks read them (the reader needs them too). */
export type InspectedSpreadsheet = { kind: "xlsx"; entries: ZipEntryInfo[] } | { kind: "csv" };

/**
 * How to read `bytes` of the file named `file`: as an .xlsx (its zip checked against the limits,
 * its parts listed) or as CSV text (named .csv or .txt). Anything else throws a FileProblemError.
 */
export const inspectSpreadsheetBytes = async (bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<InspectedSpreadsheet> => {
  if (bytes.length === 0) throw new FileProblemError({ code: "file/empty", file });
  if (bytes.length > MAX_FILE_BYTES) throw new FileProblemError({ code: "file/too-large", file, actual: bytes.length, limit: MAX_FILE_BYTES });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { kind: "xlsx", entries: await inspectZipBytes(bytes, file, limits) };
  if (startsWith(bytes, CFB_SIGNATURE)) throw new FileProblemError(describeCfb(bytes, file));
  if (!looksLikeText(bytes)) throw new FileProblemError({ code: "format/unknown", file });
  const web = describeTextStart(bytes);
  if (web) throw new FileProblemError({ code: web === "html" ? "format/html" : "format/xml-2003", file });
  if (/\.(csv|txt)$/i.test(file)) return { kind: "csv" };
  throw new FileProblemError({ code: "format/text", file });
};

/**
 * How to read `bytes` of the file named `file`: as an .xlsx (its zip checked against the limits)
 * or as CSV text (named .csv or .txt). Anything else throws a FileProblemError.
 */
export const inspectFileBytes = async (bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SpreadsheetKind> =>
  (await inspectSpreadsheetBytes(bytes, file, limits)).kind;
