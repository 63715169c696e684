/**
 * Sync counts of the Excel adapter for a check of 100 and 10,000 rows, on the fake workbook of the
 * tests (no Excel needed): read the active sheet, mark the findings, clear the marks. The counts
 * must not grow with the rows; the largest response must stay under Excel on the web's 5 MB.
 *   tsx bench/excelSyncCount.ts          (this table alone; bench/index.ts includes it)
 */
import type { ExcelFeatures } from "../src/excel/runInExcel";
import { measureCheckSyncs } from "../test/excel/fake/measureSyncs";

const HOSTS: [string, ExcelFeatures][] = [
  ["ExcelApi 1.18 (ghi chú)", { notes: true, comments: true, mergedAreas: true }],
  ["ExcelApi 1.10 (bình luận)", { notes: false, comments: true, mergedAreas: false }],
  ["ExcelApi 1.9 (chỉ tô màu)", { notes: false, comments: false, mergedAreas: false }],
];

export interface SyncCountRow {
  host: string;
  legacyFonts: boolean;
  rows: number;
  findings: number;
  read: number;
  mark: number;
  clear: number;
  largestResponseKB: number;
  ms: number;
}

/** Every host, both kinds of font, 100 and 10,000 rows (bench/index.ts reports these). */
export async function measureSyncCounts(rowCounts: readonly number[] = [100, 10_000]): Promise<SyncCountRow[]> {
  const out: SyncCountRow[] = [];
  for (const [host, features] of HOSTS) {
    for (const legacyFonts of [false, true]) {
      for (const rows of rowCounts) {
        const started = performance.now();
        const m = await measureCheckSyncs(rows, { legacyFonts, features });
        const ms = Math.round(performance.now() - started);
        out.push({ host, legacyFonts, rows: m.rows, findings: m.findings, read: m.read, mark: m.mark, clear: m.clear, largestResponseKB: m.largestResponse / 1024, ms });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  console.log("máy chủ Excel                | phông       | số dòng | lỗi   | đọc | đánh dấu | đọc+đánh dấu | xóa | phản hồi lớn nhất | thời gian");
  for (const m of await measureSyncCounts()) {
    console.log(
      [
        m.host.padEnd(28),
        (m.legacyFonts ? "TCVN3 trộn" : "một phông").padEnd(11),
        String(m.rows).padStart(7),
        String(m.findings).padStart(5),
        String(m.read).padStart(3),
        String(m.mark).padStart(8),
        String(m.read + m.mark).padStart(12),
        String(m.clear).padStart(3),
        `${m.largestResponseKB.toFixed(0)} KB`.padStart(17),
        `${m.ms} ms`.padStart(9),
      ].join(" | "),
    );
  }
}

if (require.main === module) void main();
