/**
 * The calls the add-on makes on the spreadsheet for a check (read the active sheet, mark the
 * findings) and for "Xóa đánh dấu", on a ward's list of `rows` nominees in the fake: the Sheets
 * analogue of `bench:syncs`. Shared by the test and the bench.
 */
import { listBuiltinPlans } from "../../src/plans/builtinPlans";
import { createSheetsServer } from "../../src/sheets/server/server";
import { createFakeHost } from "./fake/fakeSpreadsheet";
import { openInFakeSheets } from "./fake/fromExcelJs";
import { buildLongList, PLAN_ID } from "./helpers/wardBook";

export interface CheckCalls {
  rows: number;
  errors: number;
  /** Calls by method for the check (first time), the check again (marks replaced), and the clearing. */
  check: Record<string, number>;
  recheck: Record<string, number>;
  clear: Record<string, number>;
  /** Calls that reach the spreadsheet, each phase. */
  totals: { check: number; recheck: number; clear: number };
}

export async function measureCheckCalls(rows: number): Promise<CheckCalls> {
  const book = openInFakeSheets(buildLongList(rows), "Phuong_Gia_Thuy");
  const server = createSheetsServer(createFakeHost(book), listBuiltinPlans());
  const phase = async (run: () => unknown): Promise<{ calls: Record<string, number>; total: number }> => {
    book.log.reset();
    await run();
    return { calls: book.log.snapshot(), total: book.log.total };
  };
  let errors = 0;
  const check = await phase(async () => {
    errors = (await server.checkActiveSheet(PLAN_ID)).summary.errors;
  });
  const recheck = await phase(() => server.checkActiveSheet(PLAN_ID));
  const clear = await phase(() => server.clearMarks());
  return { rows, errors, check: check.calls, recheck: recheck.calls, clear: clear.calls, totals: { check: check.total, recheck: recheck.total, clear: clear.total } };
}
