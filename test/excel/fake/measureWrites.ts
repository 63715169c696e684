/**
 * Marking, clearing and writing the consolidation's list on the fake host as desktop Excel (no cap
 * on a request) or as Excel on the web (5 MB per request): the syncs each took and the largest
 * request sent. Shared by test/excel/webRequestLimit.test.ts and the sync bench.
 */
import { buildConsolidationLayouts } from "../../../src/core/consolidate/consolidationLayouts";
import type { Layout } from "../../../src/core/layout/types";
import { clearMarks, markFindings, type MarkableFinding } from "../../../src/excel/markFindings";
import { writeOwnSheets } from "../../../src/excel/ownSheets";
import type { ExcelFeatures } from "../../../src/excel/runInExcel";
import { buildConsolidation, plan } from "../../helpers/layoutFixtures";
import { WEB_PAYLOAD_LIMIT, type FakeBook, type FakeQueue } from "./fakeBook";
import { FakeBook as Book, createFakeContext } from "./fakeExcel";
import { addNominationSheet } from "./sampleSheets";

export type Host = "desktop" | "web";

const NOTES: ExcelFeatures = { notes: true, comments: true, mergedAreas: true };

/** The features the add-in detects on `host`, and the fake host's cap to match. */
export function setUpHost(book: FakeBook, host: Host, webLimit: number = WEB_PAYLOAD_LIMIT): ExcelFeatures {
  // Desktop caps neither a request nor a response.
  book.requestLimit = host === "web" ? webLimit : null;
  book.payloadLimit = host === "web" ? webLimit : Number.POSITIVE_INFINITY;
  // The add-in's cap is the host's: Excel's 5 MB (WEB_REQUEST_LIMIT), or a test's scaled-down one.
  return host === "web" ? { ...NOTES, requestLimit: webLimit } : NOTES;
}

/** Reasons as long as the core's (a rule's text, a place, what to do), in Vietnamese. */
export const LONG_REASONS = [
  "Thành tích chưa nêu rõ số liệu so sánh với năm trước (doanh thu, nộp ngân sách, lợi nhuận) theo tiêu chí 2.1 của Kế hoạch",
  "Tóm tắt thành tích quá ngắn: cần ít nhất 200 ký tự mô tả việc làm, cách làm và hiệu quả mang lại cho cộng đồng",
  "Ngày giới thiệu nằm ngoài thời gian thực hiện Kế hoạch (từ ngày 24/3/2023 đến ngày 31/12/2025)",
  "Trùng tên với một người đã được đề nghị ở đơn vị khác; kiểm tra lại họ tên, năm sinh và đơn vị công tác",
];

/** Several findings on every row from Excel row 4: two on the achievement, one on the date, a name every third row. */
export function listRowFindings(sheet: string, rows: number): MarkableFinding[] {
  const at = (cell: string, severity: "error" | "warning", message: string): MarkableFinding => ({ code: "cell/required", severity, sheet, cell, message });
  return Array.from({ length: rows }, (_, i) => {
    const row = i + 4;
    return [
      at(`E${row}`, "error", `${LONG_REASONS[0]} (dòng ${row})`),
      at(`E${row}`, "warning", LONG_REASONS[1] ?? ""),
      at(`F${row}`, "warning", `${LONG_REASONS[2]}; dòng ${row}`),
      ...(i % 3 === 0 ? [at(`B${row}`, "error", `${LONG_REASONS[3]} (dòng ${row})`)] : []),
    ];
  }).flat();
}

export interface WriteFigures {
  syncs: number;
  /** Bytes of the largest request sent, as the fake weighs it (fakeBook.ts). */
  largestRequest: number;
  /** Requests the host refused as too large. */
  refused: number;
}

/** Runs `step` and reports the syncs and requests it made on `queue`. */
export async function measureStep(queue: FakeQueue, step: () => Promise<unknown>): Promise<WriteFigures> {
  const [syncs, sent, refused] = [queue.syncs, queue.requests.length, queue.refusedRequests.length];
  await step();
  return { syncs: queue.syncs - syncs, largestRequest: Math.max(0, ...queue.requests.slice(sent)), refused: queue.refusedRequests.length - refused };
}

export interface MarkFigures {
  rows: number;
  findings: number;
  mark: WriteFigures;
  clear: WriteFigures;
  book: FakeBook;
}

/** Marks `rows` rows' findings on a fresh sheet, then clears them, each in its own Excel.run. */
export async function measureMarkAndClear(rows: number, host: Host): Promise<MarkFigures> {
  const book = new Book();
  addNominationSheet(book, "DS", rows);
  const features = setUpHost(book, host);
  const findings = listRowFindings("DS", rows);
  const marking = createFakeContext(book);
  const mark = await measureStep(marking.fake.queue, () => markFindings(marking.context, "DS", findings, features));
  const clearing = createFakeContext(book);
  const clear = await measureStep(clearing.fake.queue, () => clearMarks(clearing.context, features));
  return { rows, findings: findings.length, mark, clear, book };
}

/** The consolidation's "Danh sách" for `rows` nominees. */
export function buildListLayout(rows: number): Layout {
  const list = buildConsolidationLayouts(buildConsolidation(rows), plan).find((l) => l.role === "consolidation-list");
  if (!list) throw new Error("no consolidation list layout");
  return list;
}

/** Writes `layout` as the add-in's own sheet into an empty workbook on `host`. */
export async function measureLayoutWrite(layout: Layout, host: Host, webLimit?: number): Promise<WriteFigures & { book: FakeBook }> {
  const book = new Book();
  book.addSheet("DS");
  const features = setUpHost(book, host, webLimit);
  const { context, fake } = createFakeContext(book);
  const figures = await measureStep(fake.queue, () => writeOwnSheets(context, [layout], features));
  return { ...figures, book };
}
