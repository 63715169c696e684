import { newPartText } from "../../../src/xlsx/ooxml/partText";
import { openNewStylesPatch, openStylesPatch } from "../../../src/xlsx/ooxml/stylesPatch";

/** Cell formats added to a styles part: the whole part compared, so the formats there are seen to stay. */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const text = (b: Uint8Array | null): string => Buffer.from(b ?? []).toString("utf8");

describe("openStylesPatch", () => {
  it("a mark copies the cell's format (number format, border, alignment) with a fill and its font recoloured; counts follow", () => {
    const xml =
      `<styleSheet ${NS}><fonts count="1"><font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;
    const patch = openStylesPatch(newPartText(xml));
    expect([patch.markedStyle(0, "FFFFC7CE", "FF9C0006"), patch.markedStyle(0, "FFFFC7CE", "FF9C0006"), patch.markedStyle(7, "FFFFEB9C", "FF9C5700")]).toStrictEqual([1, 1, 2]);
    expect(text(patch.build())).toBe(
      `<styleSheet ${NS}><fonts count="3"><font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/></font>` +
        `<font><b/><sz val="12"/><name val="Times New Roman"/><color rgb="FF9C0006"/></font><font><b/><sz val="12"/><name val="Times New Roman"/><color rgb="FF9C5700"/></font></fonts>` +
        `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
        `<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/></patternFill></fill></fills>` +
        // The cell formats point to cell style 0: the part lacked the list, it is made.
        `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="3"><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf>` +
        `<xf numFmtId="14" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"><alignment wrapText="1"/></xf>` +
        // A style index the part does not have (7) is marked from the default format.
        `<xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs></styleSheet>`,
    );
  });

  it("lists the part lacks are made in their place, with the defaults formats point to; nothing added gives null", () => {
    expect(openStylesPatch(newPartText(`<styleSheet ${NS}><cellStyles count="0"/></styleSheet>`)).build()).toBeNull();
    const patch = openStylesPatch(newPartText(`<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cellStyles count="0"/></x:styleSheet>`));
    expect(patch.layoutStyle({ font: { name: "Times New Roman", size: 12, bold: true }, numFmt: "dd/mm/yyyy", alignment: { horizontal: "center" } })).toBe(1);
    expect(text(patch.build())).toBe(
      `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts>` +
        `<x:fonts count="2"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font><x:font><x:b/><x:sz val="12"/><x:name val="Times New Roman"/></x:font></x:fonts>` +
        `<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
        `<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>` +
        `<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>` +
        `<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1" applyAlignment="1"><x:alignment horizontal="center"/></x:xf></x:cellXfs>` +
        `<x:cellStyles count="0"/></x:styleSheet>`,
    );
  });

  it("a workbook with no styles part gets a whole one", () => {
    const patch = openNewStylesPatch();
    expect(patch.markedStyle(0, "FFFFC7CE", "FF9C0006")).toBe(1);
    expect(text(patch.build())).toContain(`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>`);
  });
});
