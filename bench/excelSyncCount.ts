/**
 * Sync counts of the Excel adapter for a check of 100 and 10,000 rows, on the fake workbook of the
 * tests (no Excel needed): read the active sheet, mark the findings, clear the marks. The counts
 * must not grow with the rows; the largest response must stay under Excel on the web's 5 MB.
 * Then the writes with several long reasons per row, on desktop (no cap) and on Excel on the web
 * (5 MB per request, weighed by the fake as office.js serialises it): syncs and largest request.
 *   tsx bench/excelSyncCount.ts          (these tables alone; bench/index.ts includes the first two)
 */
import type { ExcelFeatures } from "../src/excel/runInExcel";
import { measureCheckSyncs } from "../test/excel/fake/measureSyncs";
import { buildListLayout, measureLayoutWrite, measureMarkAndClear, type Host } from "../test/excel/fake/measureWrites";

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

export interface WriteSyncRow {
  host: Host;
  rows: number;
  findings: number;
  mark: number;
  markLargestKB: number;
  clear: number;
  clearLargestKB: number;
  /** The consolidation's "Danh sách" of as many rows, written as the add-in's sheet. */
  list: number;
  listLargestKB: number;
  refused: number;
}

/** Marking, clearing and writing a list of `rows` rows on desktop and on the web. */
export async function measureWriteSyncs(rowCounts: readonly number[] = [10, 10_000]): Promise<WriteSyncRow[]> {
  const out: WriteSyncRow[] = [];
  for (const rows of rowCounts) {
    const layout = buildListLayout(rows);
    for (const host of ["desktop", "web"] as const) {
      const marks = await measureMarkAndClear(rows, host);
      const list = await measureLayoutWrite(layout, host);
      out.push({
        host,
        rows,
        findings: marks.findings,
        mark: marks.mark.syncs,
        markLargestKB: marks.mark.largestRequest / 1024,
        clear: marks.clear.syncs,
        clearLargestKB: marks.clear.largestRequest / 1024,
        list: list.syncs,
        listLargestKB: list.largestRequest / 1024,
        refused: marks.mark.refused + marks.clear.refused + list.refused,
      });
    }
  }
  return out;
}

const HOST_NAMES: Record<Host, string> = { desktop: "máy tính (không giới hạn)", web: "Excel trên web (5 MB)" };

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
  console.log("\nGhi: đánh dấu (3–4 lỗi mỗi dòng, lý do dài), xóa đánh dấu, ghi Danh sách tổng hợp — số lần sync và yêu cầu lớn nhất");
  console.log("máy chủ                    | số dòng | lỗi    | đánh dấu | lớn nhất  | xóa | lớn nhất  | Danh sách | lớn nhất  | bị từ chối");
  for (const m of await measureWriteSyncs()) {
    const kb = (value: number) => `${Math.round(value).toLocaleString("en-US")} KB`.padStart(9);
    console.log(
      [
        HOST_NAMES[m.host].padEnd(26),
        String(m.rows).padStart(7),
        String(m.findings).padStart(6),
        String(m.mark).padStart(8),
        kb(m.markLargestKB),
        String(m.clear).padStart(3),
        kb(m.clearLargestKB),
        String(m.list).padStart(9),
        kb(m.listLargestKB),
        String(m.refused).padStart(10),
      ].join(" | "),
    );
  }
}

if (require.main === module) void main();
