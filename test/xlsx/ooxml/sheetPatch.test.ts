import { newPartText, openPartText } from "../../../src/xlsx/ooxml/partText";
import { patchWorksheet, type CellMark } from "../../../src/xlsx/ooxml/sheetPatch";

/**
 * A worksheet part marked in place: the whole part compared before and after, so that what is
 * not a mark is seen to stay as it was.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const text = (b: Uint8Array | null): string => Buffer.from(b ?? []).toString("utf8");
/** Marks restyled as 100 + the style they had. */
const at = (row: number, col: number): CellMark => ({ row, col, restyle: (s) => 100 + s });

describe("patchWorksheet", () => {
  it("restyles a cell that is there, adds one that is not (in column order), keeps the rest byte for byte", () => {
    const xml = `<?xml version="1.0"?>\n<worksheet ${NS}><sheetData><row r="2" spans="1:3"><c r="A2" s="3"><v>1</v></c><c r="C2" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    const out = patchWorksheet(newPartText(xml), { marks: [at(2, 1), at(2, 2), at(2, 5)] });
    expect(text(out)).toBe(
      `<?xml version="1.0"?>\n<worksheet ${NS}><sheetData><row r="2"><c r="A2" s="103"><v>1</v></c><c r="B2" s="100"/><c r="C2" t="s"><v>0</v></c><c r="E2" s="100"/></row></sheetData></worksheet>`,
    );
  });

  it("rows the part lacks are added in order; a row that closes itself is opened", () => {
    const xml = `<worksheet ${NS}><sheetData><row r="3"/><row r="5"><c r="A5"><v>1</v></c></row></sheetData></worksheet>`;
    expect(text(patchWorksheet(newPartText(xml), { marks: [at(1, 2), at(3, 1), at(4, 4), at(9, 1)] }))).toBe(
      `<worksheet ${NS}><sheetData><row r="1"><c r="B1" s="100"/></row><row r="3"><c r="A3" s="100"/></row><row r="4"><c r="D4" s="100"/></row><row r="5"><c r="A5"><v>1</v></c></row><row r="9"><c r="A9" s="100"/></row></sheetData></worksheet>`,
    );
  });

  it("cells and rows without references are placed by the ones before them", () => {
    const xml = `<worksheet ${NS}><sheetData><row><c><v>1</v></c><c s="2"><v>2</v></c></row></sheetData></worksheet>`;
    expect(text(patchWorksheet(newPartText(xml), { marks: [at(1, 2), at(1, 3)] }))).toBe(`<worksheet ${NS}><sheetData><row><c><v>1</v></c><c s="102"><v>2</v></c><c r="C1" s="100"/></row></sheetData></worksheet>`);
  });

  it("prefixed elements (the .NET Open XML SDK) get prefixed additions; the drawing goes before the elements that follow it; the tab is unselected", () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews><x:sheetData/><x:tableParts count="0"/></x:worksheet>`;
    const out = patchWorksheet(newPartText(xml), { marks: [at(2, 1)], unselectTab: true, legacyDrawing: (existing) => (existing === null ? "rIdNotes" : null) });
    expect(text(out)).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews><x:sheetData><x:row r="2"><x:c r="A2" s="100"/></x:row></x:sheetData><x:legacyDrawing rel:id="rIdNotes"/><x:tableParts count="0"/></x:worksheet>`,
    );
  });

  it("tells the sheet's own drawing and adds none then; nothing to do gives null", () => {
    const xml = `<worksheet ${NS}><sheetData/><legacyDrawing r:id="rId7"/></worksheet>`;
    const seen: (string | null)[] = [];
    expect(patchWorksheet(newPartText(xml), { marks: [], legacyDrawing: (existing) => (seen.push(existing), null) })).toBeNull();
    expect(seen).toStrictEqual(["rId7"]);
  });

  it("a UTF-16 part is written back as UTF-8, its declaration saying so", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Hà Giang</t></is></c></row></sheetData></worksheet>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    expect(text(patchWorksheet(openPartText(utf16), { marks: [at(1, 1)] }))).toBe(xml.replace("UTF-16", "UTF-8").replace('<c r="A1" t="inlineStr">', '<c r="A1" t="inlineStr" s="100">'));
  });

  it("a sheet without sheet data cannot be marked", () => {
    expect(() => patchWorksheet(newPartText(`<worksheet ${NS}/>`), { marks: [at(1, 1)] })).toThrow("worksheet has no sheetData");
  });
});
