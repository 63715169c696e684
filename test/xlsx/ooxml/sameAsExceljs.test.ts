import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { CellScalar, SheetValues } from "../../../src/core/model";
import { inspectFileBytes } from "../../../src/xlsx/inspectFileBytes";
import { readXlsxSheetValues } from "../../../src/xlsx/ooxml/readXlsxValues";
import { comparable, readWithExceljs } from "./compareReaders";

/**
 * Our reader against exceljs's whole-workbook load on every .xlsx in the repository (fixtures
 * written by exceljs, by hand, by LibreOffice-style writers, the bad-input corpus, the bundled
 * samples): the same sheets, values, merges, hidden rows and fonts (as compareReaders.ts
 * compares them). One difference is ours on purpose and is taken out before comparing:
 * exceljs drops a formula's cached result when it is 0 (it tests the result for truth); Excel
 * shows 0, and so do we. Those cells are listed below, by file and cell.
 */

const ROOT = join(__dirname, "..", "..", "..");
const EXCELJS_DROPS_ZERO_RESULT: Record<string, string[]> = { "test/fixtures/sheets/exceljs/nhieu-trang.xlsx": ["Tổng hợp!B3"] };

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.xlsx$/i.test(f) ? [p] : [];
  });
const FILES = [...walk(join(ROOT, "test", "fixtures")), ...walk(join(ROOT, "templates", "samples"))].map((p) => relative(ROOT, p)).sort();

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const undoKnownExceljsDrops = (file: string, sheets: ReturnType<typeof comparable>[]): void => {
  for (const ref of EXCELJS_DROPS_ZERO_RESULT[file] ?? []) {
    const [, sheetName, letters = "", row = ""] = /^(.+)!([A-Z]+)(\d+)$/.exec(ref) ?? [];
    const cells: CellScalar[] | undefined = sheets.find((s) => s.name === sheetName)?.rows[Number(row) - 1];
    if (!cells || cells[columnIndex(letters)] !== null) throw new Error(`${file} ${ref}: exceljs no longer drops this result; remove it from the list`);
    cells[columnIndex(letters)] = 0;
  }
};

const readable = async (bytes: Uint8Array, file: string): Promise<boolean> =>
  inspectFileBytes(bytes, file).then(
    (kind) => kind === "xlsx",
    () => false,
  );

it("finds the repository's .xlsx files", () => {
  expect(FILES.length).toBeGreaterThan(40);
});

describe.each(FILES)("%s", (file) => {
  it("reads as exceljs reads it", async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
    if (!(await readable(bytes, file))) return;
    let theirs: SheetValues[];
    try {
      theirs = await readWithExceljs(bytes);
    } catch {
      // exceljs refuses it: ours must refuse it too (the user is told the file is damaged).
      expect(() => readXlsxSheetValues(bytes)).toThrow();
      return;
    }
    const ours = readXlsxSheetValues(bytes);
    const expected = theirs.map((s) => comparable(s, s));
    undoKnownExceljsDrops(file, expected);
    expect(ours.map((s, i) => comparable(s, theirs[i] ?? s))).toStrictEqual(expected);
  });
});
