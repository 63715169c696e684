import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOwnSheets } from "../../src/xlsx/ooxml/readOwnSheets";
import { readXlsxSheetValues } from "../../src/xlsx/ooxml/readXlsxValues";
import { PLAN, runInProcess, type Captured } from "../bad/helpers/inProcess";
import { buildRawXlsxEntries, escapeXml, type RawSheet } from "../bad/helpers/rawXlsx";
import { listRows, NOMINEES } from "../bad/helpers/unitList";
import { buildZip, type ZipEntry } from "../bad/helpers/zipWriter";
import { partsOf, readMarkedCopy, type MarkedCopy } from "./helpers/markedCopy";

/**
 * `check --out` on workbooks written every way the tests could find to trip a writer that reads
 * the workbook again: the copy is the checked package with marks, so it keeps the unit's list
 * whatever the spelling of the parts' names, whatever the sheets are called, whatever the parts
 * hold that another reader refuses; it opens on "Kết quả kiểm tra"; and what it did not need to
 * change is byte for byte the original.
 */

const dir = mkdtempSync(join(tmpdir(), "dienhinh-mark-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RESULTS = "Kết quả kiểm tra";
/** The second nominee lacks the mark in I7 ("Tích cực học tập, rèn luyện nâng cao năng lực", a point of the general criterion for individuals): the cell is not in the file at all. */
const SHORT = NOMINEES.map((n, i) => (i === 1 ? n.map((v, c) => (c === 7 ? null : v)) : n));
const listSheet = (name = "Danh sách"): RawSheet => ({ name, rows: listRows("Xã Sáng Nhè", SHORT) });
const edit = (entries: ZipEntry[], name: string, change: (xml: string) => string): ZipEntry[] => entries.map((e) => (e.name === name ? { ...e, data: change(String(e.data)) } : e));

interface Marked {
  run: Captured;
  input: Uint8Array;
  copy: Uint8Array;
  read: MarkedCopy;
  /** The messages of the first sheet's findings by cell, as `check --json` printed them. */
  messages: Record<string, string>;
}

const mark = async (file: string, bytes: Uint8Array): Promise<Marked> => {
  const input = join(dir, file);
  const out = join(dir, `${file}.kiem-tra.xlsx`);
  writeFileSync(input, bytes);
  const run = await runInProcess(["check", input, "--plan", PLAN, "--json", "--out", out]);
  if (!existsSync(out)) throw new Error(`no copy for ${file}: ${run.stderr}`);
  const copy = new Uint8Array(readFileSync(out));
  const messages: Record<string, string> = {};
  const json = JSON.parse(run.stdout) as { sheets: { findings: { cell?: string; message: string }[] }[] };
  for (const f of json.sheets[0]?.findings ?? []) if (f.cell) messages[f.cell] = messages[f.cell] ? `${messages[f.cell]}\n${f.message}` : f.message;
  return { run, input: bytes, copy, read: readMarkedCopy(copy), messages };
};

const RED = "FFFFC7CE";

describe("the copy keeps the unit's list whatever the relationship target's spelling", () => {
  it.each([
    ["./worksheets/sheet1.xml", "dot"],
    ["../xl/worksheets/sheet1.xml", "dotdot"],
    ["worksheets\\sheet1.xml", "backslash"],
    ["Worksheets/SHEET1.xml", "case"],
  ])("target %s: the failing cell marked with its reason, the results sheet opened on", async (target, file) => {
    const entries = edit(buildRawXlsxEntries({ sheets: [listSheet()] }), "xl/_rels/workbook.xml.rels", (xml) => xml.replace('Target="worksheets/sheet1.xml"', `Target="${escapeXml(target)}"`));
    const m = await mark(`${file}.xlsx`, buildZip(entries));
    expect({ code: m.run.code, stderr: m.run.stderr }).toStrictEqual({ code: 1, stderr: "" });
    expect(m.read).toStrictEqual({ sheets: ["Danh sách", RESULTS], activeTab: 1, marks: { "Danh sách": { I7: { fill: RED, note: m.messages.I7 } }, [RESULTS]: {} } });
  });
});

describe("parts another reader refuses are marked and kept as they are", () => {
  const base = (): ZipEntry[] => buildRawXlsxEntries({ sheets: [listSheet()] });
  const utf16 = (xml: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]);
  it.each([
    ["a DOCTYPE declaring an entity", "doctype.xlsx", edit(base(), "xl/worksheets/sheet1.xml", (xml) => xml.replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY e "Xã">]>\n<worksheet'))],
    ["a character reference to NUL (&#0;)", "nul.xlsx", edit(base(), "xl/worksheets/sheet1.xml", (xml) => xml.replace("</sheetData>", '<row r="40"><c r="A40" t="inlineStr"><is><t>a&#0;b</t></is></c></row></sheetData>'))],
    ["a sheet part in UTF-16", "utf16.xlsx", base().map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: utf16(String(e.data)) } : e))],
  ])("%s: the same list read from the copy, the cell marked", async (_what, file, entries) => {
    const m = await mark(file, buildZip(entries));
    expect(m.run.code).toBe(1);
    expect(m.read.marks["Danh sách"]).toStrictEqual({ I7: { fill: RED, note: m.messages.I7 } });
    const [before] = readXlsxSheetValues(m.input);
    const [after, results] = readXlsxSheetValues(m.copy);
    expect({ rows: after?.rows, results: results?.name, activeTab: m.read.activeTab }).toStrictEqual({ rows: before?.rows, results: RESULTS, activeTab: 1 });
  });

  it("only the parts a mark needs change; the others are the original's bytes", async () => {
    const m = await mark("parts.xlsx", buildZip(base()));
    const before = partsOf(m.input);
    const after = partsOf(m.copy);
    const changed = Object.keys(after).filter((name) => !(name in before) || Buffer.compare(Buffer.from(after[name] ?? []), Buffer.from(before[name] ?? [])) !== 0);
    expect(changed.sort()).toStrictEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ].sort(),
    );
    // The marked sheet changed by the one cell added, and the pointer to its notes' drawing.
    const sheet = (b: Uint8Array | undefined): string => Buffer.from(b ?? []).toString("utf8");
    const [style] = /s="\d+"/.exec(sheet(after["xl/worksheets/sheet1.xml"]).split('<c r="I7" ')[1] ?? "") ?? [];
    expect(sheet(after["xl/worksheets/sheet1.xml"])).toBe(
      sheet(before["xl/worksheets/sheet1.xml"])
        .replace('<c r="J7" t="inlineStr">', `<c r="I7" ${style ?? ""}/><c r="J7" t="inlineStr">`)
        .replace("</worksheet>", '<legacyDrawing r:id="rIdDh2"/></worksheet>'),
    );
  });
});

describe("sheet names a writer may refuse", () => {
  it.each([["History"], [""], ["DS/2024"], [`Danh 'sách' "2024"`], ["Danh sách đăng ký điển hình tiên tiến năm 2021 của xã"]])("a list named %j is marked under its own name", async (name) => {
    const m = await mark("ten-trang.xlsx", buildZip(buildRawXlsxEntries({ sheets: [listSheet(name)] })));
    expect(m.read).toStrictEqual({ sheets: [name, RESULTS], activeTab: 1, marks: { [name]: { I7: { fill: RED, note: m.messages.I7 } }, [RESULTS]: {} } });
  });

  it("two lists whose names differ only in case are each marked", async () => {
    const m = await mark("hoa-thuong.xlsx", buildZip(buildRawXlsxEntries({ sheets: [listSheet("DS"), listSheet("ds")] })));
    expect(m.read.marks).toStrictEqual({ DS: { I7: { fill: RED, note: m.messages.I7 } }, ds: { I7: { fill: RED, note: m.messages.I7 } }, [RESULTS]: {} });
  });

  it("two lists of exactly one name: refused, saying which name (the copy could not tell them apart)", async () => {
    const input = join(dir, "trung-ten.xlsx");
    writeFileSync(input, buildZip(buildRawXlsxEntries({ sheets: [listSheet("DS"), listSheet("DS")] })));
    const out = join(dir, "trung-ten.kiem-tra.xlsx");
    const r = await runInProcess(["check", input, "--plan", PLAN, "--out", out]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr, written: existsSync(out) }).toStrictEqual({
      code: 2,
      stdout: "",
      stderr: 'Lỗi: Tệp "trung-ten.xlsx" có hai trang tính cùng tên "DS" nên không biết đánh dấu vào trang nào; hãy mở bằng Excel, đổi tên một trang rồi chạy lại.',
      written: false,
    });
  });
});

describe("what the workbook has already", () => {
  it("a sheet with notes of its own keeps them; a cell that had one gets the reason at its head", async () => {
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>5</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>6</x:Row><x:Column>8</x:Column></x:ClientData></v:shape></xml>`;
    const comments = `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Cán bộ xã</author></authors><commentList><comment ref="B6" authorId="0"><text><t>Đã xác minh</t></text></comment><comment ref="I7" authorId="0"><text><t>Chờ bổ sung</t></text></comment></commentList></comments>`;
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const entries = [
      ...edit(buildRawXlsxEntries({ sheets: [listSheet()] }), "xl/worksheets/sheet1.xml", (xml) => xml.replace("</worksheet>", '<legacyDrawing r:id="rIdVml"/></worksheet>')),
      { name: "xl/worksheets/_rels/sheet1.xml.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rIdC" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>` },
      { name: "xl/drawings/vmlDrawing1.vml", data: vml },
      { name: "xl/comments1.xml", data: comments },
    ];
    const m = await mark("co-ghi-chu.xlsx", buildZip(entries));
    const notes = Buffer.from(partsOf(m.copy)["xl/comments1.xml"] ?? []).toString("utf8");
    expect({ b6: /ref="B6"[\s\S]*?<\/comment>/.exec(notes)?.[0].includes("Đã xác minh"), i7: m.read.marks["Danh sách"]?.I7 }).toStrictEqual({
      b6: true,
      i7: { fill: RED, note: `${m.messages.I7}\nChờ bổ sung` },
    });
    expect(Object.keys(partsOf(m.copy)).filter((n) => n.endsWith(".vml"))).toStrictEqual(["xl/drawings/vmlDrawing1.vml"]);
  });

  it("checking a marked copy again writes its results over the old ones, in place", async () => {
    const first = await mark("lan-1.xlsx", buildZip(buildRawXlsxEntries({ sheets: [listSheet()] })));
    const second = await mark("lan-2.xlsx", first.copy);
    expect(second.read).toStrictEqual({ sheets: ["Danh sách", RESULTS], activeTab: 1, marks: { "Danh sách": { I7: { fill: RED, note: `${second.messages.I7}\n${first.messages.I7}` } }, [RESULTS]: {} } });
  });

  it("the results sheet carries the product's mark, once, also after a second check: read back, it is never taken for a list", async () => {
    const first = await mark("dau-1.xlsx", buildZip(buildRawXlsxEntries({ sheets: [listSheet()] })));
    const second = await mark("dau-2.xlsx", first.copy);
    const workbookXml = new TextDecoder().decode(partsOf(second.copy)["xl/workbook.xml"]);
    expect({
      first: readOwnSheets(first.copy),
      second: readOwnSheets(second.copy),
      namesInSecond: workbookXml.match(/name="DienHinh_KetQuaKiemTra"/g)?.length,
    }).toStrictEqual({ first: [{ sheet: RESULTS, role: "check-result" }], second: [{ sheet: RESULTS, role: "check-result" }], namesInSecond: 1 });
  });

  it("a chart sheet already named 'Kết quả kiểm tra' is kept; the results get a name of their own", async () => {
    const entries = buildRawXlsxEntries({ sheets: [listSheet()] });
    const withChart = [
      ...edit(
        edit(entries, "xl/workbook.xml", (xml) => xml.replace("</sheets>", `<sheet name="${RESULTS}" sheetId="9" r:id="rIdChart"/></sheets>`)),
        "xl/_rels/workbook.xml.rels",
        (xml) => xml.replace("</Relationships>", '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
      ),
      { name: "xl/chartsheets/sheet1.xml", data: '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
    ];
    const m = await mark("ten-trung.xlsx", buildZip(withChart));
    expect({ sheets: m.read.sheets, activeTab: m.read.activeTab }).toStrictEqual({ sheets: ["Danh sách", RESULTS, `${RESULTS} (2)`], activeTab: 2 });
  });

  it("a workbook without a styles part gets one for the marks", async () => {
    const entries = buildRawXlsxEntries({ sheets: [listSheet()] }).filter((e) => e.name !== "xl/styles.xml");
    const m = await mark("khong-kieu.xlsx", buildZip(edit(entries, "xl/_rels/workbook.xml.rels", (xml) => xml.replace(/<Relationship [^>]*Target="styles.xml"\/>/, ""))));
    expect(m.read.marks["Danh sách"]).toStrictEqual({ I7: { fill: RED, note: m.messages.I7 } });
  });
});

describe("LibreOffice opens every copy", () => {
  const hasSoffice = ((): boolean => {
    try {
      execFileSync("soffice", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  // Skipped only where LibreOffice is not installed (the CI image has it).
  (hasSoffice ? it : it.skip)("converts each marked copy made above to PDF", () => {
    const copies = ["doctype", "nul", "utf16", "ten-trang", "hoa-thuong", "co-ghi-chu", "lan-2", "khong-kieu"].map((f) => join(dir, `${f}.xlsx.kiem-tra.xlsx`));
    const pdf = join(dir, "pdf");
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", pdf, ...copies], { stdio: "ignore", timeout: 180_000 });
    expect(copies.map((c) => existsSync(join(pdf, `${c.split("/").pop()?.replace(/\.xlsx$/, "")}.pdf`)))).toStrictEqual(copies.map(() => true));
  }, 200_000);
});
