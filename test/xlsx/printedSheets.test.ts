import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileSource } from "../../src/cli/fileSources";
import { consolidateEntries } from "../../src/core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../../src/core/consolidate/consolidationLayouts";
import type { ConsolidatedEntry } from "../../src/core/consolidate/types";
import { paginate } from "../../src/core/layout/pageBreaks";
import type { Layout } from "../../src/core/layout/types";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { buildAppendix } from "../../src/workflows/appendix";
import { buildCheckResultSheet, checkSource } from "../../src/workflows/checkSources";
import { buildTemplate } from "../../src/workflows/template";
import { annotateWorkbookBytes } from "../../src/xlsx/annotateWorkbook";
import { streamLayoutsToBytes } from "../../src/xlsx/streamLayoutWorkbook";
import { writeUnitWorkbook } from "../helpers/cliFixtures";
import { convertManyToPdf, findSoffice, readPdfPageSizes, renderPdfToPngs } from "../helpers/pdf";

/**
 * Every sheet the product prints, as LibreOffice prints it: the consolidation's five sheets, the
 * "Kết quả kiểm tra" of a marked copy, both appendices and the blank template. Each row holding
 * text has the height the layout measured for it (a printer does not grow rows for wrapped text),
 * and each sheet takes the pages the layout planned: where the layout placed its own page breaks
 * (so that a group's heading or a signature block never ends a page) LibreOffice adds none.
 * Set DIENHINH_KEEP_PDF=/some/dir to keep the workbooks, PDFs and PNGs of the pages for a look.
 */

const plan = findBuiltinPlan("long-bien-2023-2025");
if (!plan) throw new Error("plan long-bien-2023-2025 is missing");

const ACHIEVEMENTS = [
  "Vận động 40 hộ hiến đất mở ngõ, xây dựng 3 km đường giao thông, giúp 12 hộ thoát nghèo bền vững",
  "Hòa giải thành 12 vụ việc",
  "Tổ chức lớp học tình thương cho 25 trẻ em khó khăn của tổ dân phố trong ba năm liền",
];

/** 14 wards of 6 nominees, a third of them invalid: groups, flagged rows and quotas over several pages. */
const entries: ConsolidatedEntry[] = Array.from({ length: 84 }, (_, i) => {
  const unit = `Phường số ${String(1 + Math.floor(i / 6)).padStart(2, "0")}`;
  const valid = i % 3 !== 0;
  return {
    unit,
    unitKind: "phuong",
    unitSource: "title",
    file: `Phuong_${1 + Math.floor(i / 6)}.xlsx`,
    sheet: "DS 2024",
    row: 9 + (i % 6),
    nomination: {
      row: 9 + (i % 6),
      name: `Người đề nghị ${String(i + 1).padStart(3, "0")}`,
      kind: i % 4 === 0 ? "tap_the" : "ca_nhan",
      kindText: i % 4 === 0 ? "Tập thể" : "Cá nhân",
      unit,
      position: "Tổ trưởng tổ dân phố",
      date: "12/03/2024",
      movement: "nguoi-tot-viec-tot",
      achievements: ACHIEVEMENTS[i % 3] ?? "",
      marks: {},
      figures: {},
    },
    valid,
    findings: valid ? [] : [`ô H${9 + (i % 6)}: chưa đạt tiêu chí "Hoàn thành tốt nhiệm vụ" (ô để trống); đánh dấu "x" nếu đạt.`],
  };
});

const soffice = findSoffice();
if (soffice === null) console.warn("printedSheets: LibreOffice (soffice) không có trên máy này — bỏ qua kiểm tra bản in. Cài: apt-get install libreoffice-calc-nogui poppler-utils");
const describePrinted = soffice === null ? describe.skip : describe;

interface Printed {
  name: string;
  layout: Layout;
  xlsx: string;
  /** The sheet's name in the workbook (the marked copy holds the unit's list too). */
  sheet: string;
  pages: { width: number; height: number }[];
}

describePrinted("every printed sheet, through LibreOffice", () => {
  const keep = process.env["DIENHINH_KEEP_PDF"];
  const dir = keep ?? mkdtempSync(join(tmpdir(), "dienhinh-printed-"));
  const printed: Printed[] = [];

  beforeAll(async () => {
    const c = consolidateEntries(plan, entries, [], { year: 2024 });
    const layouts: { name: string; layout: Layout }[] = buildConsolidationLayouts(c, plan).map((layout, i) => ({ name: `tong-hop-${i + 1}`, layout }));
    const list = buildAppendix(plan, { kind: "list", groupBy: "unit" }, c);
    const planAppendix = buildAppendix(plan, { kind: "plan" }, c);
    if (!list.ok || !planAppendix.ok) throw new Error("no appendix");
    layouts.push({ name: "phu-luc-danh-sach", layout: list.value }, { name: "phu-luc-ke-hoach", layout: planAppendix.value }, { name: "mau-danh-sach", layout: buildTemplate(plan, 2024) });
    for (const { name, layout } of layouts) {
      const xlsx = join(dir, `${name}.xlsx`);
      writeFileSync(xlsx, await streamLayoutsToBytes([layout]));
      printed.push({ name, layout, xlsx, sheet: layout.sheetName, pages: [] });
    }
    // A ward's list of 40 rows, each missing two marks: the marked copy's results run over pages.
    const ward = join(dir, "Phuong_Bo_De.xlsx");
    await writeUnitWorkbook(ward, {
      unitLine: "UBND PHƯỜNG BỒ ĐỀ",
      rows: Array.from({ length: 40 }, (_, i) => ({
        name: `Người đề nghị ${String(i + 1).padStart(3, "0")}`,
        kind: "Cá nhân",
        position: "Tổ trưởng tổ dân phố",
        movement: "Người tốt, việc tốt",
        achievements: ACHIEVEMENTS[i % 3] ?? "",
        marks: ["x", "", "x", ""],
        date: "12/03/2024",
      })),
    });
    const report = await checkSource(plan, fileSource(ward));
    if (!report.ok) throw new Error("the ward's list was not read");
    const resultLayout = buildCheckResultSheet(report.value, plan);
    // The results sheet alone, as it is patched into the copy; the copy itself is looked at below.
    const copy = join(dir, "ban-danh-dau.xlsx");
    writeFileSync(copy, await annotateWorkbookBytes(await readFile(ward), report.value, resultLayout));
    const resultOnly = join(dir, "ket-qua-kiem-tra.xlsx");
    writeFileSync(resultOnly, await streamLayoutsToBytes([resultLayout]));
    printed.push({ name: "ket-qua-kiem-tra", layout: resultLayout, xlsx: resultOnly, sheet: resultLayout.sheetName, pages: [] });
    printed.push({ name: "ban-danh-dau", layout: resultLayout, xlsx: copy, sheet: resultLayout.sheetName, pages: [] });

    const pdfs = await convertManyToPdf(soffice ?? "soffice", printed.map((p) => p.xlsx), dir);
    for (const [i, pdf] of pdfs.entries()) {
      const p = printed[i] as Printed;
      p.pages = await readPdfPageSizes(pdf);
      if (keep !== undefined) await renderPdfToPngs(pdf, join(dir, p.name), 50);
    }
  }, 300_000);

  afterAll(() => {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  });

  const alone = (): Printed[] => printed.filter((p) => p.name !== "ban-danh-dau");

  it("gives every row that holds text the height measured for it, in the written workbook", async () => {
    const missing: string[] = [];
    for (const p of printed) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(p.xlsx);
      const ws = wb.getWorksheet(p.sheet);
      const textRows = new Set(p.layout.cells.filter((c) => typeof c.value === "string" && c.value !== "").map((c) => c.row));
      for (const row of textRows) {
        const planned = p.layout.rowHeights?.[row];
        const written = ws?.getRow(row).height;
        if (planned === undefined || written !== planned) missing.push(`${p.name} dòng ${row}: ${String(planned)} / ${String(written)}`);
      }
    }
    expect(missing).toStrictEqual([]);
  });

  it("prints on A4 in the layout's orientation", () => {
    const a4 = (o: "portrait" | "landscape") => (o === "landscape" ? { width: 842, height: 595 } : { width: 595, height: 842 });
    expect(alone().map((p) => [p.name, p.pages.every((s) => s.width === a4(p.layout.print.orientation).width && s.height === a4(p.layout.print.orientation).height)])).toStrictEqual(
      alone().map((p) => [p.name, true]),
    );
  });

  it("takes exactly the pages the layout's own breaks make, and no more than planned elsewhere", () => {
    const counts = alone().map((p) => {
      const planned = p.layout.pageBreaks ? p.layout.pageBreaks.length + 1 : paginate(p.layout, new Set()).length + 1;
      return [p.name, p.layout.pageBreaks ? p.pages.length === planned : p.pages.length <= planned];
    });
    expect(counts).toStrictEqual(alone().map((p) => [p.name, true]));
    // The sheets with groups and signatures are long enough here to be broken by the layout.
    expect(["tong-hop-2", "tong-hop-3", "phu-luc-danh-sach", "ket-qua-kiem-tra"].map((n) => (printed.find((p) => p.name === n)?.layout.pageBreaks?.length ?? 0) > 0)).toStrictEqual([true, true, true, true]);
  });

  it("prints the marked copy's results on the pages planned, after the unit's list", () => {
    const copy = printed.find((p) => p.name === "ban-danh-dau");
    const alone = printed.find((p) => p.name === "ket-qua-kiem-tra");
    // The unit's list comes first (one or more pages), then the results as when printed alone.
    expect((copy?.pages.length ?? 0) > (alone?.pages.length ?? 0)).toBe(true);
  });
});
