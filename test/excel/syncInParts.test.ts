import { packParts, syncPieces, writePiece } from "../../src/excel/syncInParts";
import { countSyncs } from "../../src/excel/runInExcel";
import { FakeBook, createFakeContext } from "./fake/fakeExcel";
import { addNominationSheet, listValues } from "./fake/sampleSheets";

test("parts are packed in order into batches of at most 80 % of the limit; without a limit, one batch", () => {
  const weights = [10, 30, 30, 50, 90, 5, 5];
  const packed = packParts(weights, (w) => w, 100);
  expect(packed).toStrictEqual([[10, 30, 30], [50], [90], [5, 5]]);
  expect(packParts(weights, (w) => w, undefined)).toStrictEqual([weights]);
  expect(packParts([], (w: number) => w, 100)).toStrictEqual([]);
});

describe("the fake host refuses a request over its limit", () => {
  const grid = (rows: number) => Array.from({ length: rows }, (_, i) => [`Nguyễn Văn ${i}`, "Phường Bồ Đề"]);

  test("executing nothing of that batch, and records each request's size", async () => {
    const book = new FakeBook();
    const sheet = addNominationSheet(book, "DS", 3);
    const before = listValues(sheet);
    book.requestLimit = 2_000;
    const { context, fake } = createFakeContext(book);
    const ws = context.workbook.worksheets.getItem("DS");
    ws.getRange("H1").values = [["nhỏ"]];
    await context.sync();
    ws.getRange("H1").values = [["lớn"]];
    ws.getRange("B4:C103").values = grid(100);

    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(listValues(sheet)).toStrictEqual({ ...before, "0,7": "nhỏ" });
    expect([fake.queue.requests.length, fake.queue.refusedRequests.length]).toStrictEqual([1, 1]);
    expect((fake.queue.requests[0] ?? 0) < 2_000 && (fake.queue.refusedRequests[0] ?? 0) > 2_000).toBe(true);
  });

  test("a batch the host refuses is halved, and a piece split, until each fits: the same cells written", async () => {
    const write = async (requestLimit: number | null) => {
      const book = new FakeBook();
      const sheet = addNominationSheet(book, "DS", 3);
      book.requestLimit = requestLimit;
      const { context, fake } = createFakeContext(book);
      const syncs = countSyncs(context);
      const ws = context.workbook.worksheets.getItem("DS");
      // Weighed as nothing: only the host's refusals can split them.
      const rows = (top: number, count: number): ReturnType<typeof writePiece> =>
        writePiece(0, () => (ws.getRange(`H${top + 1}:I${top + count}`).values = grid(top + count).slice(top)), () =>
          count < 2 ? null : [rows(top, Math.floor(count / 2)), rows(top + Math.floor(count / 2), count - Math.floor(count / 2))]);
      await syncPieces(context, [rows(0, 200), rows(200, 10)], 5 * 1024 * 1024);
      return { values: listValues(sheet), syncs: syncs.count, largest: Math.max(...fake.queue.requests), refused: fake.queue.refusedRequests.length };
    };
    const desktop = await write(null);
    const web = await write(3_000);

    expect(web.values).toStrictEqual(desktop.values);
    expect(desktop.syncs).toBe(1);
    expect(web.refused).toBeGreaterThan(0);
    expect(web.largest).toBeLessThanOrEqual(3_000);
  });
});
