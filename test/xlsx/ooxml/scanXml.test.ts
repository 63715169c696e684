import { decodeXmlEntities, parseAttributes, scanXml } from "../../../src/xlsx/ooxml/scanXml";

/** Every event of a scan, in order, as short strings. */
const events = (xml: string): string[] => {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, attributes, selfClosing) => out.push(`<${name}${selfClosing ? "/" : ""} ${JSON.stringify(parseAttributes(attributes))}`),
    close: (name) => out.push(`</${name}`),
    text: (start, end) => out.push(`text ${JSON.stringify(decodeXmlEntities(xml.slice(start, end)))}`),
    cdata: (text) => out.push(`cdata ${JSON.stringify(text)}`),
  });
  return out;
};

describe("scanXml", () => {
  it("reports tags, attributes and text; the declaration, comments and DOCTYPE are passed over", () => {
    expect(events(`<?xml version="1.0"?>\n<!DOCTYPE x><!-- a <b> comment --><a x="1" y='2'>hi<b/></a>`)).toStrictEqual([
      'text "\\n"',
      '<a {"x":"1","y":"2"}',
      'text "hi"',
      "<b/ {}",
      "</a",
    ]);
  });

  it("drops namespace prefixes from element names (the .NET Open XML SDK writes <x:row>), keeps them on attributes", () => {
    expect(events(`<x:row r="1" xr:uid="{A}"><x:c r="A1"/></x:row>`)).toStrictEqual(['<row {"r":"1","xr:uid":"{A}"}', '<c/ {"r":"A1"}', "</row"]);
  });

  it("a raw > inside a quoted attribute value does not end the tag", () => {
    expect(events(`<numFmt formatCode="[>=100]0;0" numFmtId="164"/>`)).toStrictEqual(['<numFmt/ {"formatCode":"[>=100]0;0","numFmtId":"164"}']);
  });

  it("CDATA is text as it stands; entities decode, numeric ones too, unknown ones stay", () => {
    expect(events(`<t><![CDATA[a < b & c]]>&lt;Tổ &amp; đội&gt; &#7871;&#x1EBF; &quot;&apos; &nbsp;</t>`)).toStrictEqual([
      '<t {}',
      'cdata "a < b & c"',
      'text "<Tổ & đội> ếế \\"\' &nbsp;"',
      "</t",
    ]);
  });

  it("attribute values decode their entities; whitespace around = and between attributes is allowed", () => {
    expect(parseAttributes(` name = "Tổ &amp; đội"\n\tstate='hidden' `)).toStrictEqual({ name: "Tổ & đội", state: "hidden" });
  });

  it.each([
    ["a close tag that does not match", "<a><b></a></b>"],
    ["a tag never closed", "<a><b></b>"],
    ["a tag cut off", '<a><b r="1"'],
    ["a comment cut off", "<a><!-- no end"],
    ["a close tag with no open tag", "</a>"],
  ])("throws on %s", (_what, xml) => {
    expect(() => scanXml(xml, { open: () => undefined, close: () => undefined })).toThrow(/XML không hợp lệ/);
  });
});
