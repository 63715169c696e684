import { readActiveSheetValues, readWorkbookValues, toCellScalar } from "../../src/excel/readValues";
import { countSyncs, type ExcelFeatures } from "../../src/excel/runInExcel";
import { FakeBook, createFakeContext } from "./fake/fakeExcel";
import { addNominationSheet, fillRows } from "./fake/sampleSheets";

const MODERN: ExcelFeatures = { notes: true, comments: true, mergedAreas: true };
const BASIC: ExcelFeatures = { notes: false, comments: false, mergedAreas: false };
const day = (d: number) => new Date(Date.UTC(2024, 0, d));

describe("readActiveSheetValues", () => {
  test("reads the used range into dense rows from A1: dates by format, empty cells as null, one sync", async () => {
    const book = new FakeBook();
    book.addSheet("Khác");
    const sheet = book.addSheet("Phường Bồ Đề");
    book.active = "Phường Bồ Đề";
    fillRows(sheet, [["DANH SÁCH"], ["TT", "Họ và tên", "Ngày", "Số"], [1, "Trần Thị Hà", 45292, 45292], [2, "=1+1 (chữ)", null, true]], 1, 1);
    sheet.updateCell(3, 3, (c) => { c.numberFormat = "dd/mm/yyyy"; });
    sheet.merges = ["B2:E2"];
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    const values = await readActiveSheetValues(context, MODERN);

    expect(values).toStrictEqual({
      name: "Phường Bồ Đề",
      rows: [
        [null, null, null, null, null],
        [null, "DANH SÁCH", null, null, null],
        [null, "TT", "Họ và tên", "Ngày", "Số"],
        [null, 1, "Trần Thị Hà", day(1), 45292],
        [null, 2, "=1+1 (chữ)", null, true],
      ],
      merges: ["B2:E2"],
    });
    expect(syncs.count).toBe(1);
  });

  test("a sheet drawn in TCVN3 fonts hands the font of every text cell over, in a second sync", async () => {
    const book = new FakeBook();
    addNominationSheet(book, "DS", 2, { legacyTitle: true });
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    const values = await readActiveSheetValues(context, BASIC);

    const body = [".VnTime", ".VnTime", ".VnTime", ".VnTime", ".VnTime", ".VnTime"];
    expect(values.fonts).toStrictEqual([
      [".VnTimeH", undefined, undefined, undefined, undefined, undefined],
      body,
      body,
      [undefined, ".VnTime", ".VnTime", ".VnTime", undefined, undefined],
      [undefined, ".VnTime", ".VnTime", ".VnTime", ".VnTime", undefined],
    ]);
    expect(values.merges).toBeUndefined();
    expect(syncs.count).toBe(2);
  });

  test("a sheet in one modern font gets no font grid and needs no second sync", async () => {
    const book = new FakeBook();
    addNominationSheet(book, "DS", 3);
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    const values = await readActiveSheetValues(context, BASIC);

    expect(values.fonts).toBeUndefined();
    expect(values.rows[3]).toStrictEqual([1, "Nguyễn Văn 1", "Tập thể", "Phường Bồ Đề", null, day(1)]);
    expect(syncs.count).toBe(1);
  });

  test("a blank sheet reads as no rows", async () => {
    const book = new FakeBook();
    book.addSheet("Trống");
    const { context } = createFakeContext(book);

    expect(await readActiveSheetValues(context, BASIC)).toStrictEqual({ name: "Trống", rows: [] });
  });
});

describe("readWorkbookValues", () => {
  test("all sheets in a fixed number of syncs, hidden ones flagged", async () => {
    const book = new FakeBook();
    addNominationSheet(book, "Phường A", 2);
    addNominationSheet(book, "Phường B", 1, { legacyTitle: true });
    const hidden = book.addSheet("Ẩn");
    hidden.visibility = "Hidden";
    fillRows(hidden, [["x"]]);
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    const workbook = await readWorkbookValues(context, "Tong_hop.xlsx", BASIC);

    expect(workbook.file).toBe("Tong_hop.xlsx");
    expect(workbook.sheets.map((s) => [s.name, s.rows.length, s.fonts !== undefined, s.hidden ?? false])).toStrictEqual([
      ["Phường A", 5, false, false],
      ["Phường B", 4, true, false],
      ["Ẩn", 1, false, true],
    ]);
    expect(syncs.count).toBe(3);
  });

  test("the sync count does not grow with sheets or rows", async () => {
    const count = async (sheets: number, rows: number): Promise<number> => {
      const book = new FakeBook();
      for (let i = 0; i < sheets; i++) addNominationSheet(book, `P${i}`, rows, { legacyTitle: true });
      const { context } = createFakeContext(book);
      const syncs = countSyncs(context);
      await readWorkbookValues(context, "a.xlsx", BASIC);
      return syncs.count;
    };
    expect([await count(1, 10), await count(6, 400)]).toStrictEqual([3, 3]);
  });
});

describe("sheets larger than Excel on the web answers at once", () => {
  test("are measured and read in row halves, giving the same values", async () => {
    const build = (limit: number) => {
      const book = new FakeBook();
      addNominationSheet(book, "DS", 300, { legacyTitle: true });
      book.payloadLimit = limit;
      return createFakeContext(book);
    };
    const small = build(30_000);
    const syncs = countSyncs(small.context);
    const split = await readActiveSheetValues(small.context, MODERN);
    const whole = await readActiveSheetValues(build(Number.MAX_SAFE_INTEGER).context, MODERN);

    expect(split).toStrictEqual(whole);
    expect(syncs.count).toBeGreaterThan(2);
    expect(Math.max(...small.fake.queue.payloads)).toBeLessThanOrEqual(30_000);
    expect(small.fake.queue.refused.length).toBeGreaterThan(0);
  });

  test("a single row over the limit fails with the host's code", async () => {
    const book = new FakeBook();
    addNominationSheet(book, "DS", 3);
    book.payloadLimit = 50;
    const { context } = createFakeContext(book);

    await expect(readActiveSheetValues(context, BASIC)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

test("cell values: empty is null, numbers stay numbers unless formatted as dates", () => {
  expect([toCellScalar("", "General"), toCellScalar(3, "0"), toCellScalar(45292, "d/m/yyyy"), toCellScalar("01", "@")]).toStrictEqual([null, 3, day(1), "01"]);
});
