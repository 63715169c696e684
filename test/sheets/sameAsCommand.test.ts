/**
 * The add-on's checkActiveSheet and consolidateWorkbook give the JSON of `dienhinh check --json`
 * and `consolidate --json` on the same values: the district's workbook written as an .xlsx for the
 * command, and opened in the fake SpreadsheetApp (hidden tab, TCVN3 tab, budget tab, dates) for
 * the add-on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import type { CliIO } from "../../src/cli/io";
import { listBuiltinPlans } from "../../src/plans/builtinPlans";
import { createSheetsServer } from "../../src/sheets/server/server";
import { createFakeHost } from "./fake/fakeSpreadsheet";
import { openInFakeSheets } from "./fake/fromExcelJs";
import { buildDistrictWorkbook, buildOneSheetWorkbook, PLAN_ID, VISIBLE_LISTS } from "./helpers/wardBook";

const FILE = "Quan_Long_Bien.xlsx";
let dir: string;

const captureIO = (): { io: CliIO; out: () => unknown } => {
  const lines: string[] = [];
  return { io: { stdout: (t) => lines.push(t), stderr: () => undefined, isTTY: false }, out: () => JSON.parse(lines.join("\n")) as unknown };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dienhinh-sheets-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(["Asia/Ho_Chi_Minh", "Pacific/Honolulu"])("in a spreadsheet whose time zone is %s", (timeZone) => {
  test.each(VISIBLE_LISTS.map((spec) => [spec.sheetName ?? "", spec] as const))("checkActiveSheet on %s = check --json on the same tab", async (_name, spec) => {
    const file = join(dir, FILE);
    await buildOneSheetWorkbook(spec).xlsx.writeFile(file);
    const cli = captureIO();
    await runCheck(file, { plan: PLAN_ID, json: true }, cli.io);

    const book = openInFakeSheets(buildDistrictWorkbook(), FILE, timeZone);
    book.active = book.sheet(spec.sheetName ?? "");
    const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());

    await expect(server.checkActiveSheet(PLAN_ID)).resolves.toStrictEqual(cli.out());
  });

  test("consolidateWorkbook = consolidate --json on the same workbook, but for where the result went", async () => {
    const file = join(dir, FILE);
    await buildDistrictWorkbook().xlsx.writeFile(file);
    const cli = captureIO();
    const out = join(dir, "Tong_hop.xlsx");
    await runConsolidate([file], { plan: PLAN_ID, json: true, out, progress: false }, cli.io);

    const book = openInFakeSheets(buildDistrictWorkbook(), FILE, timeZone);
    const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());

    const expected = cli.out() as Record<string, unknown>;
    await expect(server.consolidateWorkbook(PLAN_ID)).resolves.toStrictEqual({ ...expected, output: FILE });
    // The hidden tab and the budget tab are skipped by both, with the same reasons.
    expect((expected.skipped as { sheet: string }[]).map((s) => s.sheet)).toStrictEqual(["Kinh phí", "Phúc Đồng 2023"]);
  });
});
