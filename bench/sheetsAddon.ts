/**
 * The Google Sheets add-on: the size of what `npm run build:sheets` writes (raw, and gzip as a
 * browser fetches the sidebar), and the calls a check makes on the spreadsheet for 10 and 10,000
 * rows on the fake SpreadsheetApp of the tests (the Sheets analogue of bench:syncs).
 *   npm run bench:sheets
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSheets } from "../scripts/buildSheets";
import { measureCheckCalls } from "../test/sheets/measureCalls";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dienhinh-bench-sheets-"));
  try {
    const started = performance.now();
    const built = await buildSheets(dir);
    console.log(`build:sheets ${Math.round(performance.now() - started)} ms`);
    console.log("tệp             | KB      | gzip KB");
    for (const file of Object.keys(built.sizes)) {
      const bytes = readFileSync(join(dir, file));
      console.log(`${file.padEnd(15)} | ${(bytes.length / 1024).toFixed(1).padStart(7)} | ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("\nsố dòng | lỗi  | lệnh gọi: kiểm tra | kiểm tra lại | xóa đánh dấu | thời gian");
  for (const rows of [10, 10_000]) {
    const started = performance.now();
    const m = await measureCheckCalls(rows);
    const ms = Math.round(performance.now() - started);
    console.log(`${String(rows).padStart(7)} | ${String(m.errors).padStart(4)} | ${String(m.totals.check).padStart(18)} | ${String(m.totals.recheck).padStart(12)} | ${String(m.totals.clear).padStart(12)} | ${ms} ms`);
  }
}

if (require.main === module) void main();
