import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { consolidateEntries } from "../../../src/core/consolidate/consolidate";
import { buildConsolidationLayouts } from "../../../src/core/consolidate/consolidationLayouts";
import { buildListAppendix } from "../../../src/core/layout/listAppendix";
import { buildNominationTemplate } from "../../../src/core/layout/nominationTemplate";
import { findBuiltinPlan } from "../../../src/plans/builtinPlans";
import { readOwnSheets } from "../../../src/xlsx/ooxml/readOwnSheets";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { renderLayoutToWorksheet } from "../../../src/xlsx/renderLayout";
import { streamLayoutsToBytes } from "../../../src/xlsx/streamLayoutWorkbook";
import { findSoffice } from "../../helpers/pdf";

/**
 * Every workbook this product writes marks its sheets (defined names), and our reader sees the
 * marks: after the streamed writer, the in-memory one, and after Excel-like programs saved the
 * file again (exceljs, LibreOffice Calc).
 */

const plan = findBuiltinPlan("long-bien-2023-2025");
if (!plan) throw new Error("plan long-bien-2023-2025 is missing");

const consolidation = consolidateEntries(plan, [], [], { year: 2024 });
const layouts = buildConsolidationLayouts(consolidation, plan);
const CONSOLIDATION_MARKS = [
  { sheet: "Tổng hợp", role: "consolidation-summary" },
  { sheet: "Danh sách", role: "consolidation-list" },
  { sheet: "Chỉ tiêu", role: "consolidation-quotas" },
  { sheet: "Trùng lặp", role: "consolidation-duplicates" },
  { sheet: "Tệp bỏ qua", role: "consolidation-skipped" },
];

const inMemory = async (build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

describe("readOwnSheets", () => {
  test("the streamed consolidation: each of its five sheets with its role", async () => {
    const bytes = await streamLayoutsToBytes(layouts);
    expect(readOwnSheets(bytes)).toStrictEqual(CONSOLIDATION_MARKS);
    expect((await readWorkbookBytes(bytes, "Tong_hop.xlsx")).ownSheets).toStrictEqual(CONSOLIDATION_MARKS);
  });

  test("the in-memory writer (the pane's downloads) marks the same, beside a unit's own sheet of the same name", async () => {
    const bytes = await inMemory((wb) => {
      wb.addWorksheet("Danh sách").getCell("A1").value = "danh sách của phường";
      renderLayoutToWorksheet(wb, buildListAppendix(plan, [], { groupBy: "unit" }));
      renderLayoutToWorksheet(wb, buildNominationTemplate(plan, 2024));
    });
    expect(readOwnSheets(bytes)).toStrictEqual([
      { sheet: "Danh sách (2)", role: "list-appendix" },
      { sheet: "Danh sách (3)", role: "template" },
    ]);
  });

  test("a workbook saved again by exceljs keeps the marks; a unit's workbook with names of its own has none", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await streamLayoutsToBytes(layouts)) as unknown as ArrayBuffer);
    const again = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readOwnSheets(again)).toStrictEqual(CONSOLIDATION_MARKS);
    const unit = await inMemory((book) => {
      const ws = book.addWorksheet("DS 2024");
      ws.getCell("A1").value = "UBND PHƯỜNG BỒ ĐỀ";
      ws.pageSetup.printTitlesRow = "6:7";
      book.definedNames.add("'DS 2024'!$B$9:$B$20", "Ho_ten");
    });
    expect(readOwnSheets(unit)).toStrictEqual([]);
  });

  test("a mark left pointing at a sheet that was removed marks nothing; the new sheet of that role takes it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await streamLayoutsToBytes(layouts)) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet("Danh sách")?.id ?? 0);
    const removed = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readOwnSheets(removed).map((m) => m.role)).toStrictEqual(["consolidation-summary", "consolidation-quotas", "consolidation-duplicates", "consolidation-skipped"]);
    renderLayoutToWorksheet(wb, layouts[1] ?? layouts[0] ?? buildNominationTemplate(plan, 2024));
    const replaced = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readOwnSheets(replaced)).toContainEqual({ sheet: "Danh sách", role: "consolidation-list" });
  });

  const soffice = findSoffice();
  if (!soffice) console.warn("LibreOffice (soffice) is not on PATH: the marks are not checked after a save in LibreOffice Calc.");
  (soffice ? test : test.skip)(
    "a consolidation saved again by LibreOffice Calc keeps its marks",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "dienhinh-marks-"));
      try {
        writeFileSync(join(dir, "Tong_hop.xlsx"), await streamLayoutsToBytes(layouts));
        await promisify(execFile)(soffice ?? "soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "out"), join(dir, "Tong_hop.xlsx")], { timeout: 120_000 });
        expect(readOwnSheets(readFileSync(join(dir, "out", "Tong_hop.xlsx")))).toStrictEqual(CONSOLIDATION_MARKS);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
