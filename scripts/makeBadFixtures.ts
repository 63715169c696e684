import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeTcvn3 } from "../test/helpers/cliFixtures";
import { buildCfb } from "../test/bad/helpers/cfbWriter";
import {
  buildRawXlsx,
  buildRawXlsxEntries,
  dateCell,
  emptyStyled,
  errorCell,
  formulaCell,
  inlineText,
  rowXml,
  sharedString,
  type RawSheet,
} from "../test/bad/helpers/rawXlsx";
import { FIRST_DATA_ROW, LIST_HEADER, listHeadRows, listRows, NOMINEES, type Nominee } from "../test/bad/helpers/unitList";
import { buildZip } from "../test/bad/helpers/zipWriter";

/**
 * Writes the bad-input corpus of test/fixtures/bad/: files as units really send them when
 * something is wrong (empty, cut off, disguised, password-protected, huge once unzipped) and
 * lists that are right but written in ways that trip readers (1904 dates, error values, shared
 * formulas, a used range of a million rows). Deterministic: the same bytes on every run.
 * Run: npx tsx scripts/makeBadFixtures.ts
 */

export interface BadFixture {
  file: string;
  /** What is wrong with it, for test names and the corpus README. */
  what: string;
  make: () => Buffer;
}

const UNIT = "Xã Sáng Nhè";
const list = (sheet: Partial<RawSheet> & { rows: string[] }): RawSheet => ({ name: "Danh sách", ...sheet });
const xlsxOf = (...sheets: RawSheet[]): Buffer => buildRawXlsx({ sheets });

/** A fixed noise generator (an LCG), so "random" bytes are the same on every run. */
const noise = (length: number, seed: number): Buffer => {
  const out = Buffer.alloc(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
};

const plainList = (): Buffer => xlsxOf(list({ rows: listRows(UNIT) }));

/** Nominees with one cell changed: `column` is the index in a Nominee (0 = name, 5–8 the marks, 9 the date). */
const withCell = (k: number, column: number, value: Nominee[number]): Nominee[] => NOMINEES.map((n, i) => (i === k ? n.map((v, c) => (c === column ? value : v)) : n));
const ref = (column: number, k: number): string => `${String.fromCharCode(66 + column)}${FIRST_DATA_ROW + k}`;

/** Serial of a day in Excel's 1900 system, and in the 1904 system (1,462 days fewer). */
const serial1900 = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
const serial1904 = (y: number, m: number, d: number): number => serial1900(y, m, d) - 1462;

const ENCRYPTION_INFO = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>', "utf8")]);
/** A BIFF8 BOF record (workbook globals) then EOF: the start of every .xls "Workbook" stream. */
const BIFF8 = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0, 0, 0, 0, 0x0a, 0x00, 0x00, 0x00]);

const csvLines = (delimiter: string, nominees: readonly Nominee[] = NOMINEES): string[] => {
  const quote = (v: string): string => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [
    `UBND ${UNIT.toLocaleUpperCase("vi")}`,
    "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2021",
    "",
    LIST_HEADER.map(quote).join(delimiter),
    ...nominees.map((n, k) => [String(k + 1), ...n.map((v) => (v === null || typeof v === "object" ? "" : String(v)))].map(quote).join(delimiter)),
  ];
};

/** A sheet whose XML claims and reaches far more than it holds: `filler` bytes of spaces after the list. */
const bombSheet = (filler: number): Buffer => {
  const entries = buildRawXlsxEntries({ sheets: [list({ rows: listRows(UNIT) })] });
  return buildZip(entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: `${String(e.data).replace("</worksheet>", "")}${" ".repeat(filler)}</worksheet>` } : e)));
};

const HTML_EXPORT = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>STT</td><td>Họ và tên</td><td>Đối tượng</td></tr><tr><td>1</td><td>Giàng A Sử</td><td>Cá nhân</td></tr></table></body></html>\r\n`;
const XML_2003 = `<?xml version="1.0" encoding="UTF-8"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Danh sách"><Table><Row><Cell><Data ss:Type="String">Họ và tên</Data></Cell></Row></Table></Worksheet></Workbook>\r\n`;
const ODS_CONTENT = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Danh sách"><table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
const ODS_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;

/** Every bad input; the tests run each through `check` and `consolidate`. */
export const listBadFixtures = (): BadFixture[] => [
  // ---- not a workbook at all, or not one that can be read ----
  { file: "rong.xlsx", what: "an empty file (0 bytes)", make: () => Buffer.alloc(0) },
  { file: "ngau-nhien.xlsx", what: "random bytes named .xlsx", make: () => noise(4096, 0x2468ace) },
  { file: "ghi-chu-doi-ten.xlsx", what: "a text note renamed .xlsx", make: () => Buffer.from("Kính gửi Phòng Nội vụ: xã xin gửi danh sách sau.\r\n", "utf8") },
  { file: "cat-cut.xlsx", what: "an .xlsx cut off at 60 % (begins like a zip, no central directory)", make: () => plainList().subarray(0, Math.floor(plainList().length * 0.6)) },
  { file: "bom-nen.xlsx", what: "a zip bomb: a 9 KB .xlsx whose sheet XML inflates to 6 MB (860 times its size)", make: () => bombSheet(6 * 1024 * 1024) },
  {
    file: "bom-nen-chong-lap.xlsx",
    what: "a zip bomb of overlapping parts: 40 sheets in the directory, all one compressed stream",
    make: () => buildRawXlsx({ sheets: [list({ rows: listRows(UNIT) })] }, { aliases: Array.from({ length: 40 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, of: "xl/worksheets/sheet1.xml" })) }),
  },
  { file: "mat-khau.xlsx", what: "a workbook saved with a password (OLE container with EncryptionInfo and EncryptedPackage)", make: () => buildCfb([{ name: "EncryptionInfo", data: ENCRYPTION_INFO }, { name: "EncryptedPackage", data: noise(6000, 7) }]) },
  { file: "excel-97-2003.xls", what: "an Excel 97-2003 .xls (OLE container with a Workbook stream)", make: () => buildCfb([{ name: "Workbook", data: BIFF8 }]) },
  { file: "xls-doi-ten.xlsx", what: "an .xls renamed .xlsx", make: () => buildCfb([{ name: "Workbook", data: BIFF8 }]) },
  { file: "trang-web.xls", what: "an HTML table saved as .xls by an export tool", make: () => Buffer.from(HTML_EXPORT, "utf8") },
  { file: "xml-2003.xls", what: "an XML Spreadsheet 2003 named .xls", make: () => Buffer.from(XML_2003, "utf8") },
  {
    file: "bang-tinh.ods",
    what: "an OpenDocument spreadsheet (.ods)",
    make: () => buildZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true }, { name: "content.xml", data: ODS_CONTENT }, { name: "META-INF/manifest.xml", data: ODS_MANIFEST }]),
  },
  { file: "tai-lieu-word.xlsx", what: "a Word document (.docx) renamed .xlsx", make: () => buildZip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "word/document.xml", data: "<w:document/>" }]) },
  { file: "nen-co-mat-khau.xlsx", what: "an .xlsx zipped again with a zip password (encrypted entries)", make: () => buildZip(buildRawXlsxEntries({ sheets: [list({ rows: listRows(UNIT) })] }).map((e) => ({ ...e, encryptedFlag: true }))) },
  {
    file: "xml-hong.xlsx",
    what: "a whole zip whose sheet XML is broken (a tag never closed)",
    make: () => buildZip(buildRawXlsxEntries({ sheets: [list({ rows: listRows(UNIT) })] }).map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: String(e.data).replace("</sheetData>", "<row r=\"99\"><c r=\"A99\"><v>1</v></sheetData>") } : e))),
  },
  { file: "khong-co-trang.xlsx", what: "a workbook with no sheets", make: () => buildRawXlsx({ sheets: [] }) },
  { file: "danh-sach-tcvn3.csv", what: "a CSV in TCVN3 bytes (not UTF-8)", make: () => Buffer.from(csvLines(",").map((l) => encodeTcvn3(l.replace(/²/g, "2"), !/\p{Ll}/u.test(l))).join("\r\n"), "latin1") },
  // ---- lists that can be read, written in ways that trip readers ----
  { file: "danh-sach-utf8.csv", what: "a CSV UTF-8 list (BOM, semicolons, a quoted field with a line break)", make: () => Buffer.from(`\uFEFF${csvLines(";", withCell(2, 4, "Trồng 5 ha chè Shan tuyết;\nbán 20 tấn chè búp")).join("\r\n")}\r\n`, "utf8") },
  {
    file: "1048576-dong.xlsx",
    what: "a used range of A1:L1048576 with a few cells (a bordered empty cell and a space in the last row)",
    make: () => xlsxOf(list({ dimension: "A1:L1048576", rows: [...listRows(UNIT), rowXml(5000, [emptyStyled("A5000"), emptyStyled("L5000")]), rowXml(1048576, [inlineText("A1048576", " "), emptyStyled("L1048576")])] })),
  },
  {
    file: "cong-thuc-va-loi.xlsx",
    what: "formulas with cached values, #N/A in a criterion cell, #REF! in a position cell",
    make: () =>
      xlsxOf(
        list({
          rows: [
            ...listHeadRows(UNIT),
            ...NOMINEES.map((n, k) => {
              const r = FIRST_DATA_ROW + k;
              const cells = [formulaCell(`A${r}`, "ROW()-5", k + 1), ...n.map((v, c) => (typeof v === "string" ? formulaCell(ref(c, k), `"${v.replace(/"/g, '""')}"`, v, "str") : v))];
              if (k === 1) cells[9] = formulaCell(ref(8, k), "VLOOKUP(B7,'Tiêu chí'!A:B,2,0)", "#N/A", "e");
              if (k === 0) cells[3] = errorCell(ref(2, k), "#REF!");
              return rowXml(r, cells);
            }),
          ],
        }),
      ),
  },
  {
    file: "cong-thuc-dung-chung.xlsx",
    what: "shared formulas (numbering and marks written once, shared down the column)",
    make: () =>
      xlsxOf(
        list({
          rows: [
            ...listHeadRows(UNIT),
            ...NOMINEES.map((n, k) => {
              const r = FIRST_DATA_ROW + k;
              const first = k === 0;
              const marks = [5, 6, 7, 8].map((c, i) => formulaCell(ref(c, k), first ? 'IF(TRUE,"x","")' : "", "x", "str", first ? { si: i + 1, ref: `${ref(c, 0)}:${ref(c, NOMINEES.length - 1)}` } : { si: i + 1 }));
              return rowXml(r, [formulaCell(`A${r}`, first ? "ROW()-5" : "", k + 1, undefined, first ? { si: 0, ref: `A6:A${5 + NOMINEES.length}` } : { si: 0 }), ...n.slice(0, 5), ...marks, ...n.slice(9)]);
            }),
          ],
        }),
      ),
  },
  {
    file: "chu-dinh-dang.xlsx",
    what: "names in rich text (bold family name, runs in the shared string table)",
    make: () =>
      buildRawXlsx({
        sharedStrings: ['<r><rPr><b/></rPr><t>Giàng</t></r><r><t xml:space="preserve"> A Sử</t></r>', '<r><t xml:space="preserve">Hộ ông </t></r><r><rPr><i/></rPr><t>Vàng A Tủa</t></r>'],
        sheets: [list({ rows: listRows(UNIT, withCell(2, 0, sharedString(ref(0, 2), 1)).map((n, k) => (k === 1 ? [sharedString(ref(0, 1), 0), ...n.slice(1)] : n))) })],
      }),
  },
  { file: "lien-ket.xlsx", what: "hyperlinks on the names", make: () => xlsxOf(list({ rows: listRows(UNIT), hyperlinks: [{ ref: "B6", target: "https://tuachua.dienbien.gov.vn/thon-hang-de-de?a=1&b=2" }, { ref: "B7", target: "mailto:giangasu@example.vn" }] })) },
  {
    file: "o-gop-trong-du-lieu.xlsx",
    what: "merged cells inside the data (one movement and one date merged down three rows)",
    make: () => xlsxOf(list({ rows: listRows(UNIT, NOMINEES.map((n, k) => (k === 0 ? n : n.map((v, c) => (c === 3 || c === 9 ? null : v))))), merges: ["E6:E8", "K6:K8"] })),
  },
  { file: "dong-an.xlsx", what: "a hidden row inside the list (row 7)", make: () => xlsxOf(list({ rows: listRows(UNIT, NOMINEES, (k) => (k === 1 ? 'hidden="1"' : "")) })) },
  {
    file: "trang-an.xlsx",
    what: "a visible list and a hidden sheet holding an old list",
    make: () => xlsxOf(list({ rows: listRows(UNIT) }), { name: "Mẫu cũ", state: "hidden", rows: listRows(UNIT, [["Nguyễn Văn Cũ", "Cá nhân", null, "Văn hóa công sở", "Danh sách năm trước", "x", "x", "x", "x", "01/11/2020"]]) }),
  },
  { file: "chi-trang-an.xlsx", what: "the only list in a hidden sheet", make: () => xlsxOf(list({ state: "hidden", rows: listRows(UNIT) })) },
  { file: "van-ban-32767.xlsx", what: "a 32,767-character achievement text (Excel's cell limit)", make: () => xlsxOf(list({ rows: listRows(UNIT, withCell(1, 4, `Vận động nhân dân hiến đất làm đường. ${"Tích cực tham gia phong trào. ".repeat(1200)}`.slice(0, 32767))) })) },
  {
    file: "emoji-ky-tu-dieu-khien.xlsx",
    what: "emoji, OOXML-escaped control characters (_x0007_, _x000D_) and a tab in names",
    make: () => xlsxOf(list({ rows: listRows(UNIT, withCell(0, 0, "Thôn Háng Đề Dê 🌾").map((n, k) => (k === 1 ? ["Giàng_x0007_ A_x000D_ Sử", ...n.slice(1)] : k === 2 ? ["Hộ ông\tVàng A Tủa 👨‍👩‍👧", ...n.slice(1)] : n))) })),
  },
  {
    file: "ngay-1904.xlsx",
    what: "the 1904 date system (dates as date-formatted serials)",
    make: () => buildRawXlsx({ date1904: true, sheets: [list({ rows: listRows(UNIT, NOMINEES.map((n, k) => [...n.slice(0, 9), dateCell(ref(9, k), serial1904(2021, 11, 2 + k))])) })] }),
  },
  {
    file: "ngay-truoc-1900.xlsx",
    what: 'dates before 1900 as text: "15/03/1899" as a birth date and as a registration date',
    make: () =>
      xlsxOf(
        list({
          rows: [
            ...listHeadRows(UNIT, [...LIST_HEADER.slice(0, 3), "Ngày sinh", ...LIST_HEADER.slice(3)]),
            ...NOMINEES.map((n, k) => rowXml(FIRST_DATA_ROW + k, [k + 1, n[0] ?? null, n[1] ?? null, k === 1 ? "15/03/1899" : k === 2 ? dateCell(`D${FIRST_DATA_ROW + k}`, serial1900(1960, 5, 19)) : null, ...n.slice(2, 9), k === 0 ? "15/03/1899" : (n[9] ?? null)])),
          ],
        }),
      ),
  },
  {
    file: "so-dang-van-ban.xlsx",
    what: 'figures stored as text with thousand separators ("2.000", "1.250,5")',
    make: () =>
      xlsxOf(
        list({
          rows: [
            ...listHeadRows(UNIT, [...LIST_HEADER.slice(0, 10), "Doanh thu năm 2020", "Doanh thu năm 2021", "Lợi nhuận năm 2020", "Lợi nhuận năm 2021", ...LIST_HEADER.slice(10)]),
            rowXml(FIRST_DATA_ROW, [1, "Hợp tác xã Chè Sín Chải", "Tập thể", null, "Doanh nghiệp Việt Nam hội nhập và phát triển", "Chế biến và tiêu thụ chè Shan tuyết", "x", "x", "x", "x", "2.000", "2.500", "1.250,5", "1.300", "02/11/2021"]),
            rowXml(FIRST_DATA_ROW + 1, [2, "Công ty TNHH Chè Tả Phìn", "Tập thể", null, "Doanh nghiệp Việt Nam hội nhập và phát triển", "Xuất khẩu chè", "x", "x", "x", "x", "3.000", "2.800", "400", "450", "02/11/2021"]),
          ],
        }),
      ),
  },
  { file: "hai-cot-trung-ten.xlsx", what: 'two columns with the same header ("Họ và tên / Tên tập thể" twice)', make: () => xlsxOf(list({ rows: [...listHeadRows(UNIT, [...LIST_HEADER, LIST_HEADER[1]]), ...NOMINEES.map((n, k) => rowXml(FIRST_DATA_ROW + k, [k + 1, ...n, null, `Bản sao ${k + 1}`]))] })) },
  { file: "chi-co-tieu-de.xlsx", what: "a header and no rows", make: () => xlsxOf(list({ rows: listHeadRows(UNIT) })) },
];

const main = (): void => {
  const dir = join(__dirname, "..", "test", "fixtures", "bad");
  mkdirSync(dir, { recursive: true });
  const fixtures = listBadFixtures();
  for (const f of readdirSync(dir)) if (f !== "README.md" && !fixtures.some((x) => x.file === f)) rmSync(join(dir, f));
  for (const f of fixtures) writeFileSync(join(dir, f.file), f.make());
  writeFileSync(join(dir, "README.md"), describeCorpus(fixtures));
};

/** The corpus's README: what each file is; what the product says of it is in test/bad/helpers/expectations.ts. */
export const describeCorpus = (fixtures: readonly BadFixture[]): string =>
  [
    "# Bad inputs",
    "",
    "Files as units send them when something is wrong, made by `npx tsx scripts/makeBadFixtures.ts` (do not",
    "edit by hand; `test/bad/fixturesUpToDate.test.ts` fails when they drift). `test/bad/corpus.test.ts` runs",
    "each through `check` and `consolidate`; what the product must say of each is in",
    "`test/bad/helpers/expectations.ts`.",
    "",
    "Limits (src/xlsx/inspectZip.ts, src/xlsx/inspectFileBytes.ts): a file of at most 100 MB; an .xlsx of at",
    "most 100 MB once unzipped, 10,000 parts, no part over 1 MB inflating more than 200 times its size, no",
    "two parts sharing compressed bytes. Both bombs here are under 10 KB on disk.",
    "",
    "| file | what it is |",
    "|---|---|",
    ...fixtures.map((f) => `| ${f.file} | ${f.what} |`),
    "",
  ].join("\n");

if (require.main === module) main();
