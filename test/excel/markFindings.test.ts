import { clearMarks, collectMarkTargets, markFindings, readMarkState, type MarkableFinding } from "../../src/excel/markFindings";
import { MARK_SETTING_KEY, fingerprintText, parseMarkState } from "../../src/excel/markState";
import { countSyncs, type ExcelFeatures } from "../../src/excel/runInExcel";
import { FakeBook, createFakeContext } from "./fake/fakeExcel";
import type { FakeSheet } from "./fake/fakeBook";
import { addNominationSheet, listValues, snapshotSheet } from "./fake/sampleSheets";

const NOTES: ExcelFeatures = { notes: true, comments: true, mergedAreas: true };
const COMMENTS: ExcelFeatures = { notes: false, comments: true, mergedAreas: false };
const NONE: ExcelFeatures = { notes: false, comments: false, mergedAreas: false };

const finding = (cell: string | undefined, severity: "error" | "warning", message: string, extra: Partial<MarkableFinding> = {}): MarkableFinding => ({
  code: "cell/required", severity, sheet: "DS", message, ...(cell ? { cell } : {}), ...extra,
});

const FINDINGS: MarkableFinding[] = [
  finding("C5", "warning", "Đối tượng không có trong kế hoạch"),
  finding("C5", "error", "Thiếu đối tượng"),
  finding("E6", "warning", "Thành tích quá ngắn"),
  finding("E9", "error", "Thiếu thành tích"),
  finding(undefined, "error", "Thiếu ngày", { row: 10, column: "F" }),
  finding(undefined, "warning", "Chỉ tiêu chưa đạt", { code: "quota/below-min" }),
  finding("ô lạ", "error", "Địa chỉ hỏng"),
];

/** A sheet with a user's own fill and note on C5 and a red font on E6, as offices do. */
function buildBook(apiMinor = 18): { book: FakeBook; sheet: FakeSheet } {
  const book = new FakeBook();
  book.apiMinor = apiMinor;
  const sheet = addNominationSheet(book, "DS", 8);
  sheet.updateCell(4, 2, (c) => { c.fill = { color: "#00B0F0", pattern: "Solid" }; });
  sheet.updateCell(5, 4, (c) => { c.font.color = "#FF0000"; });
  sheet.notes.set("C5", "Ghi chú của tôi");
  return { book, sheet };
}

const fillsOf = (sheet: FakeSheet, cells: string[]) =>
  Object.fromEntries(cells.map((a) => {
    const col = a.charCodeAt(0) - 65;
    const row = Number(a.slice(1)) - 1;
    const cell = sheet.readCell(row, col);
    return [a, `${cell.fill.pattern} ${cell.fill.color} / ${cell.font.color}`];
  }));

test("findings become one target per cell: the worst severity, every reason, cells without address skipped", () => {
  expect([...collectMarkTargets(FINDINGS)]).toStrictEqual([
    ["C5", { severity: "error", reason: "Đối tượng không có trong kế hoạch\nThiếu đối tượng" }],
    ["E6", { severity: "warning", reason: "Thành tích quá ngắn" }],
    ["E9", { severity: "error", reason: "Thiếu thành tích" }],
    ["F10", { severity: "error", reason: "Thiếu ngày" }],
  ]);
});

describe("markFindings with notes (ExcelApi 1.18)", () => {
  test("paints by severity, appends reasons to notes, saves the earlier formats, never touches values — two syncs", async () => {
    const { book, sheet } = buildBook();
    const values = listValues(sheet);
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    const state = await markFindings(context, "DS", FINDINGS, NOTES);

    expect(fillsOf(sheet, ["C5", "E6", "E9", "F10", "D5"])).toStrictEqual({
      C5: "Solid #FFC7CE / #9C0006",
      E6: "Solid #FFEB9C / #9C5700",
      E9: "Solid #FFC7CE / #9C0006",
      F10: "Solid #FFC7CE / #9C0006",
      D5: "None #FFFFFF / #000000",
    });
    expect(Object.fromEntries(sheet.notes)).toStrictEqual({
      C5: "Ghi chú của tôi\n\nĐiển hình: Đối tượng không có trong kế hoạch\nThiếu đối tượng",
      E6: "Điển hình: Thành tích quá ngắn",
      E9: "Điển hình: Thiếu thành tích",
      F10: "Điển hình: Thiếu ngày",
    });
    expect(state).toStrictEqual({
      version: 1,
      sheets: {
        DS: {
          marked: [{ severity: "error", cells: ["C5", "E9", "F10"] }, { severity: "warning", cells: ["E6"] }],
          formats: [
            { fill: { color: "#00B0F0", pattern: "Solid" }, fontColor: "#000000", cells: ["C5"] },
            { fill: { color: "#FFFFFF", pattern: "None" }, fontColor: "#FF0000", cells: ["E6"] },
            { fill: { color: "#FFFFFF", pattern: "None" }, fontColor: "#000000", cells: ["E9", "F10"] },
          ],
          annotations: [
            { cell: "C5", kind: "note", original: "Ghi chú của tôi", digest: fingerprintText("Ghi chú của tôi\n\nĐiển hình: Đối tượng không có trong kế hoạch\nThiếu đối tượng") },
            { cell: "E6", kind: "note", original: null, digest: fingerprintText("Điển hình: Thành tích quá ngắn") },
            { cell: "E9", kind: "note", original: null, digest: fingerprintText("Điển hình: Thiếu thành tích") },
            { cell: "F10", kind: "note", original: null, digest: fingerprintText("Điển hình: Thiếu ngày") },
          ],
        },
      },
    });
    expect(parseMarkState(book.settings.get(MARK_SETTING_KEY))).toStrictEqual(state);
    expect(listValues(sheet)).toStrictEqual(values);
    expect(syncs.count).toBe(2);
  });

  test("clearMarks after the pane was reopened puts back fills (incl. no fill), font colours and notes exactly", async () => {
    const { book, sheet } = buildBook();
    const before = snapshotSheet(sheet);
    await markFindings(createFakeContext(book).context, "DS", FINDINGS, NOTES);
    const reopened = createFakeContext(book);
    const syncs = countSyncs(reopened.context);

    expect((await readMarkState(createFakeContext(book).context)).sheets.DS?.marked.length).toBe(2);
    await clearMarks(reopened.context, NOTES);

    expect(snapshotSheet(sheet)).toStrictEqual(before);
    expect(book.settings.has(MARK_SETTING_KEY)).toBe(false);
    expect(syncs.count).toBe(3);
  });

  test("a re-check keeps the first originals, restores cells no longer found, and still clears to the start", async () => {
    const { book, sheet } = buildBook();
    const before = snapshotSheet(sheet);
    await markFindings(createFakeContext(book).context, "DS", FINDINGS, NOTES);
    const second = createFakeContext(book);
    const syncs = countSyncs(second.context);

    const state = await markFindings(second.context, "DS", [finding("C5", "warning", "Tên viết tắt"), finding("B4", "error", "Trùng tên")], NOTES);

    expect(fillsOf(sheet, ["C5", "B4", "E6", "E9"])).toStrictEqual({
      C5: "Solid #FFEB9C / #9C5700",
      B4: "Solid #FFC7CE / #9C0006",
      E6: "None #FFFFFF / #FF0000",
      E9: "None #FFFFFF / #000000",
    });
    expect(Object.fromEntries(sheet.notes)).toStrictEqual({ B4: "Điển hình: Trùng tên", C5: "Ghi chú của tôi\n\nĐiển hình: Tên viết tắt" });
    expect(state.sheets.DS?.formats).toStrictEqual([
      { fill: { color: "#FFFFFF", pattern: "None" }, fontColor: "#000000", cells: ["B4"] },
      { fill: { color: "#00B0F0", pattern: "Solid" }, fontColor: "#000000", cells: ["C5"] },
    ]);
    expect(syncs.count).toBe(3);

    await clearMarks(createFakeContext(book).context, NOTES);
    expect(snapshotSheet(sheet)).toStrictEqual(before);
  });

  test("a re-check given the state the last check returned reads the earlier marks in its first sync", async () => {
    const recheck = [finding("C5", "warning", "Tên viết tắt"), finding("B4", "error", "Trùng tên")];
    const run = async (useExpected: "none" | "right" | "stale") => {
      const { book, sheet } = buildBook();
      const first = await markFindings(createFakeContext(book).context, "DS", FINDINGS, NOTES);
      const expected = { none: undefined, right: first, stale: { version: 1 as const, sheets: {} } }[useExpected];
      const { context } = createFakeContext(book);
      const syncs = countSyncs(context);
      const state = await markFindings(context, "DS", recheck, NOTES, expected);
      return { syncs: syncs.count, state, sheet: snapshotSheet(sheet) };
    };
    const [none, right, stale] = [await run("none"), await run("right"), await run("stale")];

    expect([none.syncs, right.syncs, stale.syncs]).toStrictEqual([3, 2, 3]);
    expect(right.state).toStrictEqual(none.state);
    expect(stale.state).toStrictEqual(none.state);
    expect(right.sheet).toStrictEqual(none.sheet);
    expect(stale.sheet).toStrictEqual(none.sheet);
  });

  test("what the user changed after the check is kept on clearing", async () => {
    const { book, sheet } = buildBook();
    await markFindings(createFakeContext(book).context, "DS", FINDINGS, NOTES);
    sheet.updateCell(8, 4, (c) => { c.fill = { color: "#00FF00", pattern: "Solid" }; });
    sheet.notes.set("E6", "Đã sửa, chờ duyệt");

    await clearMarks(createFakeContext(book).context, NOTES);

    expect(fillsOf(sheet, ["E9", "E6", "C5"])).toStrictEqual({
      E9: "Solid #00FF00 / #000000",
      E6: "None #FFFFFF / #FF0000",
      C5: "Solid #00B0F0 / #000000",
    });
    expect(Object.fromEntries(sheet.notes)).toStrictEqual({ C5: "Ghi chú của tôi", E6: "Đã sửa, chờ duyệt" });
  });

  test("no findings left on a re-check removes the sheet's marks and the saved state", async () => {
    const { book, sheet } = buildBook();
    const before = snapshotSheet(sheet);
    await markFindings(createFakeContext(book).context, "DS", FINDINGS, NOTES);

    expect(await markFindings(createFakeContext(book).context, "DS", [], NOTES)).toStrictEqual({ version: 1, sheets: {} });
    expect(snapshotSheet(sheet)).toStrictEqual(before);
    expect(book.settings.has(MARK_SETTING_KEY)).toBe(false);
  });
});

describe("markFindings on older hosts", () => {
  test("with comments only (ExcelApi 1.10): the user's comment is left alone, ours are removed on clearing", async () => {
    const { book, sheet } = buildBook(12);
    sheet.notes.clear();
    sheet.comments.push({ id: "u1", cell: "C5", content: "Bình luận của tổ trưởng" });
    const before = snapshotSheet(sheet);
    const { context } = createFakeContext(book);
    const syncs = countSyncs(context);

    await markFindings(context, "DS", FINDINGS, COMMENTS);

    expect(snapshotSheet(sheet).comments).toStrictEqual([
      "C5: Bình luận của tổ trưởng",
      "E6: Điển hình: Thành tích quá ngắn",
      "E9: Điển hình: Thiếu thành tích",
      "F10: Điển hình: Thiếu ngày",
    ]);
    expect(syncs.count).toBe(3);

    await markFindings(createFakeContext(book).context, "DS", [finding("E9", "error", "Thiếu thành tích")], COMMENTS);
    expect(snapshotSheet(sheet).comments).toStrictEqual(["C5: Bình luận của tổ trưởng", "E9: Điển hình: Thiếu thành tích"]);

    await clearMarks(createFakeContext(book).context, COMMENTS);
    expect(snapshotSheet(sheet)).toStrictEqual(before);
  });

  test("without notes or comments (ExcelApi 1.9) only colours change, and clear still restores them", async () => {
    const { book, sheet } = buildBook(9);
    const before = snapshotSheet(sheet);

    const state = await markFindings(createFakeContext(book).context, "DS", FINDINGS, NONE);

    expect(state.sheets.DS?.annotations).toStrictEqual([]);
    expect(Object.fromEntries(sheet.notes)).toStrictEqual({ C5: "Ghi chú của tôi" });
    await clearMarks(createFakeContext(book).context, NONE);
    expect(snapshotSheet(sheet)).toStrictEqual(before);
  });
});

describe("many findings", () => {
  test("scattered cells are painted through address lists split under Excel's limit", async () => {
    const book = new FakeBook();
    const sheet = addNominationSheet(book, "DS", 3000);
    const before = snapshotSheet(sheet);
    const scattered = Array.from({ length: 2900 }, (_, i) => finding(`${i % 2 ? "B" : "D"}${4 + i}`, i % 3 ? "error" : "warning", "Lỗi"));

    const state = await markFindings(createFakeContext(book).context, "DS", scattered, NONE);

    const painted = [...sheet.cells.values()].filter((c) => c.fill.pattern === "Solid").length;
    expect(painted).toBe(2900);
    expect(state.sheets.DS?.marked[0]?.cells.join(",").length).toBeGreaterThan(8192);
    await clearMarks(createFakeContext(book).context, NONE);
    expect(snapshotSheet(sheet)).toStrictEqual(before);
  });

  test("a damaged saved state is ignored rather than thrown", async () => {
    const { book } = buildBook();
    book.settings.set(MARK_SETTING_KEY, "{không phải JSON");

    const state = await markFindings(createFakeContext(book).context, "DS", [finding("B4", "error", "Trùng tên")], NOTES);

    expect(Object.keys(state.sheets)).toStrictEqual(["DS"]);
  });
});
