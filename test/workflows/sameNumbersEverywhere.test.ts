import ExcelJS from "exceljs";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createExcelOperations } from "../../src/excel/excelOperations";
import { findBuiltinPlan } from "../../src/plans/builtinPlans";
import { createBrowserOperations } from "../../src/taskpane/browserOperations";
import { createExcelPaneOperations } from "../../src/taskpane/excelOperations";
import { readFileBytes } from "../../src/taskpane/layoutFiles";
import type { PaneOperations } from "../../src/taskpane/operations";
import { readUnitsOfRegistrySheet } from "../../src/workflows/unitsRegistry";
import { FakeBook, createFakeContext } from "../excel/fake/fakeExcel";
import { makeTempDir } from "../helpers/cliFixtures";
import { runCliInProcess } from "../helpers/cliInProcess";
import { REPO_ROOT } from "../helpers/runCli";

/**
 * The same inputs give the same numbers everywhere: on the repository's samples, with their
 * units registry, `consolidate --json` and its workbook, the browser pane's download and the
 * sheets the Excel pane writes over the fake host hold the same consolidation, cell for cell.
 */

const SAMPLES = join(REPO_ROOT, "templates", "samples");
const REGISTRY = "Don_vi.xlsx";
const planIds = readdirSync(SAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const dir = makeTempDir("same-numbers");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Grid = string[][];
const text = (v: unknown): string => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : typeof v === "object" && "richText" in v ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("") : String(v));
const trim = (rows: string[][]): Grid => {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length > 0 && row[row.length - 1] === "") row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
};

const exceljsSheets = (wb: ExcelJS.Workbook): Record<string, Grid> =>
  Object.fromEntries(
    wb.worksheets
      .filter((ws) => ws.state === "visible")
      .map((ws) => {
        const rows: string[][] = [];
        // A merged area's value is its first cell's, as Excel shows it.
        const valueAt = (r: number, c: number): string => {
          const cell = ws.getCell(r, c);
          return cell.isMerged && cell.master !== cell ? "" : text(cell.value);
        };
        for (let r = 1; r <= ws.rowCount; r++) rows.push(Array.from({ length: ws.columnCount }, (_, c) => valueAt(r, c + 1)));
        return [ws.name, trim(rows)];
      }),
  );

const fakeSheets = (book: FakeBook, names: readonly string[]): Record<string, Grid> =>
  Object.fromEntries(
    names.map((name) => {
      const sheet = book.findSheet(name);
      const rows: string[][] = [];
      for (const [key, cell] of sheet?.cells ?? []) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        (rows[r] ??= [])[c] = text(cell.value);
      }
      return [name, trim(Array.from({ length: rows.length }, (_, r) => Array.from({ length: Math.max(0, ...(rows[r] ?? []).keys()) + 1 }, (_, c) => rows[r]?.[c] ?? "")))];
    }),
  );

describe.each(planIds)("the samples of %s", (planId) => {
  const plan = findBuiltinPlan(planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  const folder = join(SAMPLES, planId);
  const names = readdirSync(folder).filter((f) => f.endsWith(".xlsx") && f !== REGISTRY).sort();
  const files = names.map((f) => new File([readFileSync(join(folder, f))], f));

  test("consolidate --json, the browser pane's download and the Excel pane's sheets agree", async () => {
    const out = join(dir, `${planId}.xlsx`);
    const cli = await runCliInProcess(["consolidate", ...names.map((f) => join(folder, f)), "--plan", planId, "--units", join(folder, REGISTRY), "--out", out, "--json"]);
    expect(cli.stderr).toBe("");
    const json = JSON.parse(cli.stdout) as Record<string, unknown>;

    // The panes get the registry as an officer gives it: a picked file, read under the plan.
    const registryFile = new File([readFileSync(join(folder, REGISTRY))], REGISTRY);
    const browser = createBrowserOperations();
    const saved = await browser.readUnitsRegistry?.(plan, registryFile);
    const units = saved ? readUnitsOfRegistrySheet(plan, saved.source, saved.sheet) : null;
    if (!units) throw new Error("registry not read");
    const fromBrowser = await browser.consolidate(plan, files, { units });

    const book = new FakeBook();
    book.addSheet("Sheet1");
    Object.assign(globalThis, { Excel: { run: <T>(op: (context: unknown) => Promise<T>) => op(createFakeContext(book).context) } });
    let fromExcel: Awaited<ReturnType<PaneOperations["consolidate"]>>;
    try {
      fromExcel = await createExcelPaneOperations(createExcelOperations(), null).consolidate(plan, files, { units });
    } finally {
      Reflect.deleteProperty(globalThis, "Excel");
    }

    const numbers = (c: typeof fromBrowser.consolidation) => JSON.parse(JSON.stringify({ units: c.units, notSent: c.notSent, totals: c.totals, quotas: c.quotas, duplicates: c.duplicates, skipped: c.skipped }));
    expect(numbers(fromBrowser.consolidation)).toStrictEqual({ units: json.units, notSent: json.notSent, totals: json.totals, quotas: json.quotas, duplicates: json.duplicates, skipped: json.skipped });
    expect(numbers(fromExcel.consolidation)).toStrictEqual(numbers(fromBrowser.consolidation));

    const cliBook = new ExcelJS.Workbook();
    await cliBook.xlsx.readFile(out);
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await readFileBytes(fromBrowser.download ?? new Blob()));
    const cliSheets = exceljsSheets(cliBook);
    expect(Object.keys(cliSheets)).toStrictEqual(["Tổng hợp", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
    expect(exceljsSheets(downloaded)).toStrictEqual(cliSheets);
    expect(fakeSheets(book, fromExcel.sheets ?? [])).toStrictEqual(cliSheets);
    // Not an empty agreement: every unit of the JSON is on the Tổng hợp sheet with its count.
    const summary = cliSheets["Tổng hợp"] ?? [];
    for (const u of json.units as { unit: string; rows: number }[]) expect(summary).toContainEqual(expect.arrayContaining([u.unit, String(u.rows)]));
  });
});
