/**
 * Marking 10,000 rows on Excel on the web, whose requests are capped at 5 MB (the fake host weighs
 * each request as office.js serialises it: test/excel/fake/fakeBook.ts), and on desktop, which
 * has no cap; and a host that refuses even a small part midway.
 */
import { clearMarks, markFindings, type MarkableFinding } from "../../src/excel/markFindings";
import { MARK_SETTING_KEY } from "../../src/excel/markState";
import { WEB_REQUEST_LIMIT } from "../../src/excel/requestSize";
import { toExcelAdapterError, type ExcelFeatures } from "../../src/excel/runInExcel";
import { FakeBook, createFakeContext } from "./fake/fakeExcel";
import { listRowFindings, measureStep, setUpHost, type Host } from "./fake/measureWrites";
import { addNominationSheet, snapshotSheet } from "./fake/sampleSheets";

const FIVE_MB = 5 * 1024 * 1024;

async function markOn(host: Host, rows: number) {
  const book = new FakeBook();
  const sheet = addNominationSheet(book, "DS", rows);
  const before = snapshotSheet(sheet);
  const features = setUpHost(book, host);
  const marking = createFakeContext(book);
  const mark = await measureStep(marking.fake.queue, () => markFindings(marking.context, "DS", listRowFindings("DS", rows), features));
  const marked = snapshotSheet(sheet);
  const clearing = createFakeContext(book);
  const clear = await measureStep(clearing.fake.queue, () => clearMarks(clearing.context, features));
  return { before, marked, after: snapshotSheet(sheet), mark, clear, state: book.settings.has(MARK_SETTING_KEY) };
}

test("10,000 rows with several long Vietnamese reasons each: on the web every request stays under 5 MB, the marks are those of desktop and clear back exactly", async () => {
  const web = await markOn("web", 10_000);
  const desktop = await markOn("desktop", 10_000);

  expect(Object.keys(web.marked.notes).length).toBe(23_334);
  expect(web.marked).toStrictEqual(desktop.marked);
  expect([web.after, desktop.after]).toStrictEqual([web.before, desktop.before]);
  expect([web.state, desktop.state]).toStrictEqual([false, false]);
  // Desktop: the same syncs as before the web's cap was heeded (requests of several MB are fine there).
  expect([desktop.mark.syncs, desktop.clear.syncs, desktop.mark.largestRequest > FIVE_MB]).toStrictEqual([2, 3, true]);
  // The web: nothing refused (packed ahead), every request under the cap, a few syncs more — by bytes, not rows.
  expect([web.mark.refused, web.clear.refused]).toStrictEqual([0, 0]);
  expect(Math.max(web.mark.largestRequest, web.clear.largestRequest)).toBeLessThanOrEqual(FIVE_MB);
  expect(web.mark.syncs).toBeLessThanOrEqual(8);
  expect(web.clear.syncs).toBeLessThanOrEqual(8);
}, 120_000);

test("10 rows take the same syncs on the web as on desktop", async () => {
  const [web, desktop] = [await markOn("web", 10), await markOn("desktop", 10)];
  expect([web.mark.syncs, web.clear.syncs]).toStrictEqual([desktop.mark.syncs, desktop.clear.syncs]);
  expect([desktop.mark.syncs, desktop.clear.syncs]).toStrictEqual([2, 3]);
});

describe("a host that refuses even a small part", () => {
  // The add-in believes the web's 5 MB; this host refuses anything over 8,000 bytes, so a note
  // whose reason alone is larger cannot be sent however the batch is cut.
  const WEB: ExcelFeatures = { notes: true, comments: true, mergedAreas: true, requestLimit: WEB_REQUEST_LIMIT };
  const longReason = "Thành tích nêu chung chung, chưa có số liệu cụ thể; ".repeat(200);
  const withLongReason = (findings: MarkableFinding[]): MarkableFinding[] => [
    ...findings,
    { code: "cell/required", severity: "error", sheet: "DS", cell: "D18", message: longReason },
  ];
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => "no error",
      (e: unknown) => {
        const { code, message } = toExcelAdapterError(e);
        return { code, message };
      },
    );
  const SENTENCE = {
    code: "RequestPayloadSizeLimitExceeded",
    message: "Excel trên web không nhận một phần dữ liệu dù đã chia nhỏ (mỗi lần gửi tối đa 5 MB): hãy mở tệp bằng Excel trên máy tính, hoặc chia trang tính rồi thử lại.",
  };

  test("gives one Vietnamese sentence, and what it marked before stopping clears back exactly", async () => {
    const book = new FakeBook();
    const sheet = addNominationSheet(book, "DS", 20);
    sheet.notes.set("E5", "Ghi chú của tổ trưởng");
    const before = snapshotSheet(sheet);
    book.requestLimit = 8_000;

    expect(await failure(markFindings(createFakeContext(book).context, "DS", withLongReason(listRowFindings("DS", 20)), WEB))).toStrictEqual(SENTENCE);
    const stopped = snapshotSheet(sheet);
    expect(Object.keys(stopped.notes).length).toBeGreaterThan(1);
    expect(Object.values(stopped.cells).some((c) => c.fill.color === "#FFC7CE")).toBe(true);

    await clearMarks(createFakeContext(book).context, WEB);
    expect(snapshotSheet(sheet)).toStrictEqual(before);
    expect(book.settings.has(MARK_SETTING_KEY)).toBe(false);
  });

  test("a re-check stopped midway, with earlier reasons still on some cells, clears back exactly", async () => {
    const book = new FakeBook();
    const sheet = addNominationSheet(book, "DS", 20);
    const before = snapshotSheet(sheet);
    await markFindings(createFakeContext(book).context, "DS", listRowFindings("DS", 20), WEB);
    // The second check words its reasons differently and no longer finds rows 4–6.
    const recheck = listRowFindings("DS", 20)
      .filter((f) => !/^[A-Z]+[4-6]$/.test(f.cell ?? ""))
      .map((f) => ({ ...f, message: `${f.message} — kiểm tra lần 2` }));
    book.requestLimit = 8_000;

    expect(await failure(markFindings(createFakeContext(book).context, "DS", withLongReason(recheck), WEB))).toStrictEqual(SENTENCE);
    const notes = Object.values(snapshotSheet(sheet).notes);
    expect([notes.some((n) => n.endsWith("kiểm tra lần 2")), notes.some((n) => !n.includes("kiểm tra lần 2"))]).toStrictEqual([true, true]);

    await clearMarks(createFakeContext(book).context, WEB);
    expect(snapshotSheet(sheet)).toStrictEqual(before);
  });
});
