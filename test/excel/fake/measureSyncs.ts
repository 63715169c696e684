/**
 * The sync count of a check as the pane runs it (read the active sheet, mark the findings) and
 * of "Xóa đánh dấu", on a fake workbook of `rows` nominees. Shared by the test and the bench.
 */
import { clearMarks, markFindings, type MarkableFinding } from "../../../src/excel/markFindings";
import { readActiveSheetValues } from "../../../src/excel/readValues";
import { countSyncs, type ExcelFeatures } from "../../../src/excel/runInExcel";
import { FakeBook, createFakeContext } from "./fakeExcel";
import { addNominationSheet } from "./sampleSheets";

export interface CheckSyncs {
  rows: number;
  findings: number;
  read: number;
  mark: number;
  clear: number;
  /** Largest response of a sync, in bytes, against Excel on the web's 5 MB. */
  largestResponse: number;
}

export async function measureCheckSyncs(rows: number, options: { legacyFonts: boolean; features: ExcelFeatures }): Promise<CheckSyncs> {
  const book = new FakeBook();
  addNominationSheet(book, "DS", rows, { legacyTitle: options.legacyFonts });
  const { context, fake } = createFakeContext(book);
  const syncs = countSyncs(context);
  const values = await readActiveSheetValues(context, options.features);
  const read = syncs.count;
  // A finding on every row whose achievement is empty (one in five), as the core would report.
  const findings: MarkableFinding[] = values.rows.flatMap((row, r) =>
    r >= 3 && row[4] === null ? [{ code: "cell/required", severity: "error", sheet: "DS", cell: `E${r + 1}`, message: "Thiếu thành tích" } as MarkableFinding] : [],
  );
  await markFindings(context, "DS", findings, options.features);
  const mark = syncs.count - read;
  await clearMarks(context, options.features);
  const clear = syncs.count - read - mark;
  return { rows, findings: findings.length, read, mark, clear, largestResponse: Math.max(...fake.queue.payloads) };
}
