import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseXml, validateManifestXml } from "../../scripts/validateManifest";

const MANIFEST = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

/** A copy of the real manifest with one change; fails loudly if the text to change is not there. */
function breakManifest(from: string | RegExp, to: string): string {
  const broken = MANIFEST.replace(from, to);
  if (broken === MANIFEST) throw new Error(`not in manifest.xml: ${String(from)}`);
  return broken;
}

test("the real manifest.xml passes", () => {
  expect(validateManifestXml(MANIFEST)).toStrictEqual([]);
});

test("the ribbon has Kiểm tra, Tổng hợp, Phụ lục and Xóa đánh dấu on the Home tab, in Vietnamese", () => {
  const root = parseXml(MANIFEST);
  const all = (e: ReturnType<typeof parseXml>): ReturnType<typeof parseXml>[] => e.children.flatMap((c) => [c, ...all(c)]);
  const strings = new Map(all(root).filter((e) => e.name === "bt:String").map((e) => [e.attributes.id, e.attributes.DefaultValue]));
  const tab = all(root).find((e) => e.name === "OfficeTab");
  const labels = all(tab ?? root).filter((e) => e.name === "Control").map((c) => strings.get(c.children.find((x) => x.name === "Label")?.attributes.resid));
  expect([tab?.attributes.id, labels]).toStrictEqual(["TabHome", ["Kiểm tra", "Tổng hợp", "Phụ lục", "Xóa đánh dấu"]]);
});

test.each([
  ["not well-formed", breakManifest("</Hosts>\n  <!--", "</Host>\n  <!--"), ["XML không hợp lệ ở dòng 27: thẻ <Hosts> (dòng 25) lại được đóng bằng </Host>."]],
  ["a bare &", breakManifest("Điển hình</ProviderName>", "A & B</ProviderName>"), ["XML không hợp lệ ở dòng 15: dấu & không thuộc một thực thể (viết &amp;)."]],
  ["Id not a GUID", breakManifest(/<Id>[^<]+<\/Id>/, "<Id>dien-hinh</Id>"), ["<Id> phải là một GUID (dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), đang là \"dien-hinh\"."]],
  ["Version missing", breakManifest("  <Version>0.1.0.0</Version>\n", ""), ["Thiếu phần tử <Version>."]],
  ["elements out of order", breakManifest("  <DefaultLocale>vi-VN</DefaultLocale>\n  <DisplayName DefaultValue=\"Điển hình\"/>", "  <DisplayName DefaultValue=\"Điển hình\"/>\n  <DefaultLocale>vi-VN</DefaultLocale>"), [
    "Thứ tự phần tử không đúng lược đồ: cần Id, Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl, HighResolutionIconUrl, SupportUrl, AppDomains, Hosts, Requirements, DefaultSettings, Permissions, VersionOverrides.",
  ]],
  ["no Workbook host", breakManifest("<Host Name=\"Workbook\"/>", "<Host Name=\"Document\"/>"), ["<Hosts> phải có <Host Name=\"Workbook\"/> (Excel)."]],
  ["no ExcelApi set", breakManifest("<Set Name=\"ExcelApi\" MinVersion=\"1.9\"/>", "<Set Name=\"WordApi\" MinVersion=\"1.3\"/>"), ["<Requirements><Sets> phải có <Set Name=\"ExcelApi\" MinVersion=\"1.x\"/>."]],
  ["read-only permission", breakManifest("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), ["<Permissions> phải là ReadWriteDocument (add-in tô màu và ghi chú ô), đang là \"ReadDocument\"."]],
  ["a resid not defined", breakManifest("<Label resid=\"PhuLuc.Label\"/>", "<Label resid=\"PhuLuc.Nhan\"/>"), ["resid=\"PhuLuc.Nhan\" (dòng 101, <Label>) không có trong <Resources>."]],
  ["a resid of the wrong kind", breakManifest("<SourceLocation resid=\"TongHop.Url\"/>", "<SourceLocation resid=\"TongHop.Label\"/>"), ["resid=\"TongHop.Label\" (dòng 97) phải nằm trong bt:Urls, không phải bt:ShortStrings."]],
  ["an icon size missing", breakManifest(/\s*<bt:Image size="80" resid="Icon.80x80"\/>(\s*<\/Icon>\s*<Action xsi:type="ExecuteFunction">)/, "$1"), ["<Icon> ở dòng 122 thiếu ảnh cỡ 80."]],
  ["a button without its function", breakManifest("<FunctionName>xoaDanhDau</FunctionName>", ""), ["Action ExecuteFunction ở dòng 127 thiếu <FunctionName>."]],
  ["an http URL", breakManifest("https://localhost:3000/help.html\"/>\n  <AppDomains>", "http://example.com/help.html\"/>\n  <AppDomains>"), [
    "<SupportUrl> dòng 21: \"http://example.com/help.html\" phải dùng https (chỉ localhost được dùng http).",
    "<SupportUrl> dòng 21: \"http://example.com/help.html\" không nằm dưới địa chỉ gốc https://localhost:3000/.",
  ]],
  ["a URL under another base", breakManifest("https://localhost:3000/assets/icon-80.png", "https://cdn.example.vn/icon-80.png"), [
    "<bt:Image> dòng 141: \"https://cdn.example.vn/icon-80.png\" không nằm dưới địa chỉ gốc https://localhost:3000/.",
  ]],
])("%s is reported", (_name, xml, expected) => {
  expect(validateManifestXml(xml)).toStrictEqual(expected);
});
