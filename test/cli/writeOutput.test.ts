import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Layout } from "../../src/core/layout/types";
import { UserError } from "../../src/cli/userError";
import { writeStreamAtomically } from "../../src/cli/writeOutput";
import { streamLayoutsToXlsx } from "../../src/xlsx/streamLayoutWorkbook";
import { PLAN, runInProcess } from "../bad/helpers/inProcess";
import { buildRawXlsx } from "../bad/helpers/rawXlsx";
import { listRows } from "../bad/helpers/unitList";

/**
 * A streamed workbook is written whole or not at all: into a temporary file beside the target,
 * renamed at the end; on any failure the temporary file is removed and the target left as it was.
 */

const dir = mkdtempSync(join(tmpdir(), "dienhinh-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough rows that the writer yields to the event loop (and so sees a failure) before the end. */
const bigLayout = (): Layout => ({
  sheetName: "Danh sách",
  role: "consolidation-list",
  font: { name: "Times New Roman", size: 12 },
  columnWidths: [8, 30],
  cells: Array.from({ length: 20_000 }, (_, i) => [
    { row: i + 1, col: 1, value: i + 1 },
    { row: i + 1, col: 2, value: `Người số ${i + 1}` },
  ]).flat(),
  merges: [],
  print: { paperSize: "A4", orientation: "portrait", margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 }, fitToWidth: true },
});

const leftovers = (): string[] => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

it("writes the workbook and leaves no temporary file", async () => {
  const out = join(dir, "tong-hop.xlsx");
  await writeStreamAtomically(out, (stream) => streamLayoutsToXlsx(stream, [bigLayout], { creator: "Điển hình" }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect([wb.worksheets.map((ws) => ws.name), wb.getWorksheet("Danh sách")?.getCell("B20000").value, leftovers()]).toStrictEqual([["Danh sách"], "Người số 20000", []]);
});

it("a disk that fails halfway (ENOSPC): the user's sentence, no output, the old file untouched, no temporary file", async () => {
  const out = join(dir, "day-o-dia.xlsx");
  writeFileSync(out, "bản cũ");
  const failure = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  const attempt = writeStreamAtomically(out, (stream) => {
    const writing = streamLayoutsToXlsx(stream, [bigLayout]);
    setImmediate(() => stream.destroy(failure));
    return writing;
  });
  await expect(attempt).rejects.toThrow(UserError);
  await expect(attempt).rejects.toThrow(/^Không ghi được tệp ".*day-o-dia\.xlsx" vì ổ đĩa đã hết chỗ trống; hãy giải phóng chỗ trên ổ đĩa hoặc chọn nơi khác\.$/u);
  expect([existsSync(out) && readFileSync(out, "utf8"), leftovers()]).toStrictEqual(["bản cũ", []]);
});

it("a fault of the program while writing: passed on as it is, no output, no temporary file", async () => {
  const out = join(dir, "loi-chuong-trinh.xlsx");
  const broken = (): Layout => ({ ...bigLayout(), merges: [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 2 }] });
  await expect(writeStreamAtomically(out, (stream) => streamLayoutsToXlsx(stream, [bigLayout, broken]))).rejects.toThrow("Cannot merge already merged cells");
  expect([existsSync(out), leftovers()]).toStrictEqual([false, []]);
});

it("a folder that cannot hold the file (a file in the way): the user's sentence, nothing written", async () => {
  writeFileSync(join(dir, "khong-phai-thu-muc"), "");
  const out = join(dir, "khong-phai-thu-muc", "tong-hop.xlsx");
  await expect(writeStreamAtomically(out, (stream) => streamLayoutsToXlsx(stream, [bigLayout]))).rejects.toThrow(/^Không ghi được tệp ".*tong-hop\.xlsx" \(thư mục không ghi được, hoặc tệp đang mở trong Excel\); hãy đóng tệp hoặc chọn nơi khác\.$/u);
  expect(leftovers()).toStrictEqual([]);
});

describe("the commands that stream a workbook, when the file cannot be written", () => {
  const blocked = join(dir, "khong-phai-thu-muc-2");
  const input = join(dir, "Xa_Muong_Bang.xlsx");
  beforeAll(() => {
    writeFileSync(blocked, "");
    writeFileSync(input, buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Mường Báng") }] }));
  });

  it.each([
    ["consolidate", ["consolidate", input, "--plan", PLAN, "--out", join(blocked, "tong-hop.xlsx")]],
    ["appendix", ["appendix", "--plan", "long-bien-2023-2025", "--out", join(blocked, "phu-luc.xlsx")]],
    ["template", ["template", "--plan", PLAN, "--out", join(blocked, "mau.xlsx")]],
  ])("%s: exit 2, one sentence naming the file and what to do, nothing left behind", async (_name, args) => {
    const r = await runInProcess(args);
    const out = args[args.length - 1] ?? "";
    expect(r).toStrictEqual({ code: 2, stdout: "", stderr: `Lỗi: Không ghi được tệp "${out}" (thư mục không ghi được, hoặc tệp đang mở trong Excel); hãy đóng tệp hoặc chọn nơi khác.` });
    expect(leftovers()).toStrictEqual([]);
  });
});
