import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeConsolidationWorkbook } from "../../src/cli/commands/consolidate";
import { consolidateEntries } from "../../src/core/consolidate/consolidate";
import type { ConsolidatedEntry } from "../../src/core/consolidate/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { convertXlsxToPdf, findSoffice, readPdfPageSizes, readPdfPageTexts, renderPdfToPngs } from "../helpers/pdf";

/**
 * The consolidated workbook as the command line streams it, printed through LibreOffice: the
 * header row of "Danh sách" repeats at the top of every page (the `_xlnm.Print_Titles` name the
 * streaming writer writes), the pages are numbered from the second, and exceljs reads the print
 * titles back. Set DIENHINH_KEEP_PDF=/some/dir to keep the PDF and PNGs of its pages for a look.
 */

const plan = findBuiltinPlan("long-bien-2023-2025");
if (!plan) throw new Error("plan long-bien-2023-2025 is missing");

const ROWS = 160;
const entry = (i: number): ConsolidatedEntry => ({
  unit: `Phường số ${1 + (i % 4)}`,
  unitKind: "phuong",
  unitSource: "title",
  file: `Phuong_${1 + (i % 4)}.xlsx`,
  sheet: "DS 2024",
  row: 9 + i,
  nomination: {
    row: 9 + i,
    name: `Người đề nghị ${String(i + 1).padStart(3, "0")}`,
    kind: "ca_nhan",
    kindText: "Cá nhân",
    unit: `Phường số ${1 + (i % 4)}`,
    date: "12/03/2024",
    movement: "nguoi-tot-viec-tot",
    achievements: "Vận động 40 hộ hiến đất mở ngõ",
    marks: {},
    figures: {},
  },
  valid: true,
  findings: [],
});

const HEADER = ["Họ và tên / Tên tập thể", "Phong trào thi đua", "Kết quả kiểm tra"];

const soffice = findSoffice();
if (soffice === null) {
  console.warn("streamedPrint: LibreOffice (soffice) không có trên máy này — bỏ qua kiểm tra bản in PDF. Cài: apt-get install libreoffice-calc-nogui poppler-utils");
}
const describePrinted = soffice === null ? describe.skip : describe;

describePrinted("the streamed consolidation printed to PDF through LibreOffice", () => {
  const keep = process.env["DIENHINH_KEEP_PDF"];
  const dir = keep ?? mkdtempSync(join(tmpdir(), "dienhinh-stream-pdf-"));
  const xlsx = join(dir, "tong-hop-stream.xlsx");
  let pages: string[] = [];
  let sizes: { width: number; height: number }[] = [];

  beforeAll(async () => {
    const c = consolidateEntries(plan, Array.from({ length: ROWS }, (_, i) => entry(i)), [], { year: 2024 });
    await writeConsolidationWorkbook(xlsx, c, plan);
    const pdf = await convertXlsxToPdf(soffice ?? "soffice", xlsx, dir);
    pages = await readPdfPageTexts(pdf);
    sizes = await readPdfPageSizes(pdf);
    if (keep !== undefined) await renderPdfToPngs(pdf, join(dir, "tong-hop-stream"), 60);
  }, 180_000);

  afterAll(() => {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("leaves only the workbook in its folder (no temporary file)", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toStrictEqual([]);
  });

  it("prints Danh sách over several A4 landscape pages, each beginning with the header row", () => {
    const listPages = pages.map((text, i) => ({ text, i })).filter(({ text }) => /Người đề nghị \d{3}/.test(text));
    expect(listPages.length).toBeGreaterThanOrEqual(3);
    // Every nominee printed once (sorted by unit in the list), and every page of the list carries the repeated header.
    const names = listPages.flatMap(({ text }) => [...text.matchAll(/Người đề nghị (\d{3})/g)].map((m) => Number(m[1])));
    expect(names.sort((a, b) => a - b)).toStrictEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(listPages.map(({ text }) => HEADER.filter((h) => !text.includes(h)))).toStrictEqual(listPages.map(() => []));
    // The title is not repeated: only the header row is a print title.
    expect(listPages.slice(1).filter(({ text }) => text.includes("DANH SÁCH ĐỀ NGHỊ ĐÃ TỔNG HỢP"))).toStrictEqual([]);
    expect(listPages.map(({ i }) => sizes[i])).toStrictEqual(listPages.map(() => ({ width: 842, height: 595 })));
  });

  it("numbers the list's pages after its first at the top", () => {
    const listPages = pages.filter((text) => /Người đề nghị \d{3}/.test(text));
    // pdftotext reads the page header first: the number, then the repeated table header.
    expect(listPages.slice(1).map((text) => /^\d+ /.test(text))).toStrictEqual(listPages.slice(1).map(() => true));
  });

  it("reads back with exceljs with the print titles of every sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((ws) => [ws.name, ws.pageSetup.printTitlesRow])).toStrictEqual([
      ["Tổng hợp", "4:4"],
      ["Danh sách", "4:4"],
      ["Chỉ tiêu", "4:4"],
      ["Trùng lặp", "4:4"],
      ["Tệp bỏ qua", "4:4"],
    ]);
  });
});
