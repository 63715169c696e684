/**
 * Offline check of the add-in manifest (`office-addin-manifest validate` needs the internet):
 * well-formed XML, the elements a TaskPaneApp with VersionOverrides needs, in the schema's order,
 * every resid defined, every URL https (or localhost) and under one base. Problems are printed in
 * Vietnamese, one per line; the exit code is 1 when there is any.
 *   tsx scripts/validateManifest.ts [manifest.xml]
 */
import { readFileSync } from "node:fs";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string, line: number): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new XmlSyntaxError(`dấu & không thuộc một thực thể (viết &amp;)`, line);
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new XmlSyntaxError(`thực thể &${name}; không được định nghĩa`, line);
    return value;
  });
}

/** A small XML reader: elements, attributes, text, comments, CDATA and the declaration; no DTDs. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const lineAt = (index: number) => source.slice(0, index).split("\n").length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const skipPast = (marker: string, what: string) => {
    const end = source.indexOf(marker, pos);
    if (end < 0) throw new XmlSyntaxError(`${what} không được đóng`, lineAt(pos));
    const inner = source.slice(pos, end);
    pos = end + marker.length;
    return inner;
  };
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const text = source.slice(pos, lt < 0 ? source.length : lt);
    const parent = stack[stack.length - 1];
    if (text.trim() !== "") {
      if (!parent) throw new XmlSyntaxError("có chữ nằm ngoài phần tử gốc", lineAt(pos));
      parent.text += decodeEntities(text, lineAt(pos));
    }
    if (lt < 0) break;
    pos = lt;
    if (source.startsWith("<!--", pos)) {
      pos += 4;
      skipPast("-->", "chú thích <!--");
    } else if (source.startsWith("<![CDATA[", pos)) {
      pos += 9;
      const data = skipPast("]]>", "khối CDATA");
      if (!parent) throw new XmlSyntaxError("CDATA nằm ngoài phần tử gốc", lineAt(pos));
      parent.text += data;
    } else if (source.startsWith("<?", pos)) {
      const declaration = /^<\?xml\s/.test(source.slice(pos, pos + 6));
      if (declaration && source.slice(0, pos).replace(/^\uFEFF/, "") !== "") throw new XmlSyntaxError("khai báo <?xml phải ở ngay đầu tệp", lineAt(pos));
      pos += 2;
      skipPast("?>", "chỉ thị <?");
    } else if (source.startsWith("<!", pos)) {
      throw new XmlSyntaxError("không hỗ trợ <!DOCTYPE> hay khai báo tương tự trong manifest", lineAt(pos));
    } else if (source.startsWith("</", pos)) {
      const line = lineAt(pos);
      pos += 2;
      const name = skipPast(">", "thẻ đóng").trim();
      const open = stack.pop();
      if (!open) throw new XmlSyntaxError(`thẻ đóng </${name}> không có thẻ mở`, line);
      if (open.name !== name) throw new XmlSyntaxError(`thẻ <${open.name}> (dòng ${open.line}) lại được đóng bằng </${name}>`, line);
    } else {
      const line = lineAt(pos);
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(pos));
      if (!match?.[1]) throw new XmlSyntaxError("thẻ mở sai cú pháp (tên thẻ, thuộc tính hoặc dấu nháy)", line);
      const element: XmlElement = { name: match[1], attributes: {}, children: [], text: "", line };
      for (const [, key, double, single] of (match[2] ?? "").matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (!key) continue;
        if (key in element.attributes) throw new XmlSyntaxError(`thuộc tính ${key} lặp lại trong <${element.name}>`, line);
        element.attributes[key] = decodeEntities(double ?? single ?? "", line);
      }
      if (parent) parent.children.push(element);
      else if (root) throw new XmlSyntaxError(`có hơn một phần tử gốc (<${element.name}>)`, line);
      else root = element;
      if (match[3] !== "/") stack.push(element);
      pos += match[0].length;
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new XmlSyntaxError(`thẻ <${unclosed.name}> không được đóng`, unclosed.line);
  if (!root) throw new XmlSyntaxError("tệp không có phần tử nào", 1);
  return root;
}

const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((c) => c.name === name);
const descendants = (element: XmlElement): XmlElement[] => element.children.flatMap((c) => [c, ...descendants(c)]);

const TOP_LEVEL_ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
const REQUIRED_TOP_LEVEL = TOP_LEVEL_ORDER.filter((name) => name !== "AlternateId");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadWriteDocument", "WriteDocument", "ReadAllDocument"];
/** Which resource list a resid must come from, by the element that refers to it. */
const RESID_KIND: Record<string, "image" | "url" | "short" | "long"> = {
  "bt:Image": "image", SourceLocation: "url", FunctionFile: "url", LearnMoreUrl: "url", Label: "short", Title: "short", Description: "long",
};
const RESOURCE_LISTS = { image: ["bt:Images", "bt:Image"], url: ["bt:Urls", "bt:Url"], short: ["bt:ShortStrings", "bt:String"], long: ["bt:LongStrings", "bt:String"] } as const;
const KIND_NAMES = { image: "bt:Images", url: "bt:Urls", short: "bt:ShortStrings", long: "bt:LongStrings" };
const TEXT_LIMITS = { short: 125, long: 250 };

interface UrlUse {
  url: string;
  where: string;
}

function checkTopLevel(root: XmlElement, problems: string[]): void {
  if (root.name !== "OfficeApp") problems.push(`Phần tử gốc phải là <OfficeApp>, đang là <${root.name}>.`);
  if (root.attributes["xsi:type"] !== "TaskPaneApp") problems.push(`<OfficeApp> phải có xsi:type="TaskPaneApp".`);
  const names = root.children.map((c) => c.name);
  for (const name of REQUIRED_TOP_LEVEL) if (!names.includes(name)) problems.push(`Thiếu phần tử <${name}>.`);
  const known = names.filter((n) => TOP_LEVEL_ORDER.includes(n));
  const expected = [...known].sort((a, b) => TOP_LEVEL_ORDER.indexOf(a) - TOP_LEVEL_ORDER.indexOf(b));
  if (known.join() !== expected.join()) problems.push(`Thứ tự phần tử không đúng lược đồ: cần ${expected.join(", ")}.`);
  const text = (name: string) => child(root, name)?.text.trim() ?? "";
  if (names.includes("Id") && !GUID.test(text("Id"))) problems.push(`<Id> phải là một GUID (dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), đang là "${text("Id")}".`);
  if (names.includes("Version") && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) problems.push(`<Version> phải có dạng 1.0.0.0, đang là "${text("Version")}".`);
  if (names.includes("ProviderName") && text("ProviderName") === "") problems.push("<ProviderName> đang để trống.");
  if (names.includes("DefaultLocale") && !/^[a-z]{2,3}-[A-Z]{2}$/.test(text("DefaultLocale"))) problems.push(`<DefaultLocale> phải có dạng vi-VN, đang là "${text("DefaultLocale")}".`);
  for (const [name, limit] of [["DisplayName", 125], ["Description", 250]] as const) {
    const value = child(root, name)?.attributes.DefaultValue;
    if (names.includes(name) && !value) problems.push(`<${name}> thiếu thuộc tính DefaultValue.`);
    else if (value && value.length > limit) problems.push(`<${name}> dài ${value.length} ký tự, quá ${limit}.`);
  }
  const hosts = child(root, "Hosts")?.children.filter((c) => c.name === "Host") ?? [];
  if (names.includes("Hosts") && !hosts.some((h) => h.attributes.Name === "Workbook")) problems.push(`<Hosts> phải có <Host Name="Workbook"/> (Excel).`);
  const sets = descendants(child(root, "Requirements") ?? root).filter((e) => e.name === "Set" && e.attributes.Name === "ExcelApi");
  if (names.includes("Requirements") && !sets.some((s) => /^1\.\d+$/.test(s.attributes.MinVersion ?? ""))) {
    problems.push(`<Requirements><Sets> phải có <Set Name="ExcelApi" MinVersion="1.x"/>.`);
  }
  if (names.includes("DefaultSettings") && !child(child(root, "DefaultSettings"), "SourceLocation")?.attributes.DefaultValue) {
    problems.push("<DefaultSettings> thiếu <SourceLocation DefaultValue=\"…\"/>.");
  }
  const permission = text("Permissions");
  if (names.includes("Permissions") && permission !== "ReadWriteDocument") {
    problems.push(`<Permissions> phải là ReadWriteDocument (add-in tô màu và ghi chú ô), đang là "${permission}"${PERMISSIONS.includes(permission) ? "" : " — không phải giá trị hợp lệ"}.`);
  }
  if (names.includes("AppDomains") && !child(root, "AppDomains")?.children.some((c) => c.name === "AppDomain")) problems.push("<AppDomains> không có <AppDomain> nào.");
}

function checkVersionOverrides(root: XmlElement, problems: string[]): void {
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return;
  if (overrides.attributes["xsi:type"] !== "VersionOverridesV1_0") problems.push(`<VersionOverrides> phải có xsi:type="VersionOverridesV1_0".`);
  const resources = child(overrides, "Resources");
  if (!resources) {
    problems.push("<VersionOverrides> thiếu <Resources>.");
    return;
  }
  const defined = new Map<string, "image" | "url" | "short" | "long">();
  for (const [kind, [listName, itemName]] of Object.entries(RESOURCE_LISTS) as [keyof typeof RESOURCE_LISTS, readonly [string, string]][]) {
    for (const item of child(resources, listName)?.children.filter((c) => c.name === itemName) ?? []) {
      const id = item.attributes.id ?? "";
      if (defined.has(id)) problems.push(`Tài nguyên id="${id}" được định nghĩa hai lần (dòng ${item.line}).`);
      if (id.length === 0 || id.length > 32) problems.push(`Tài nguyên ở dòng ${item.line} phải có id dài 1–32 ký tự.`);
      defined.set(id, kind);
      const value = item.attributes.DefaultValue ?? "";
      if (value === "") problems.push(`Tài nguyên id="${id}" thiếu DefaultValue.`);
      if ((kind === "short" || kind === "long") && value.length > TEXT_LIMITS[kind]) problems.push(`Chuỗi id="${id}" dài ${value.length} ký tự, quá ${TEXT_LIMITS[kind]}.`);
    }
  }
  const hosts = child(overrides, "Hosts");
  const used = hosts ? descendants(hosts).filter((e) => e.attributes.resid !== undefined) : [];
  for (const element of used) {
    const resid = element.attributes.resid ?? "";
    const kind = defined.get(resid);
    const wanted = RESID_KIND[element.name];
    if (!kind) problems.push(`resid="${resid}" (dòng ${element.line}, <${element.name}>) không có trong <Resources>.`);
    else if (wanted && kind !== wanted) problems.push(`resid="${resid}" (dòng ${element.line}) phải nằm trong ${KIND_NAMES[wanted]}, không phải ${KIND_NAMES[kind]}.`);
  }
  const all = hosts ? descendants(hosts) : [];
  const controlIds = all.filter((e) => e.name === "Control" || e.name === "Group").map((e) => e.attributes.id ?? "");
  for (const id of new Set(controlIds.filter((id, i) => controlIds.indexOf(id) !== i))) problems.push(`id="${id}" của nút/nhóm bị trùng.`);
  for (const icon of all.filter((e) => e.name === "Icon")) {
    const sizes = icon.children.map((c) => c.attributes.size);
    for (const size of ["16", "32", "80"]) if (!sizes.includes(size)) problems.push(`<Icon> ở dòng ${icon.line} thiếu ảnh cỡ ${size}.`);
  }
  const executes = all.filter((e) => e.name === "Action" && e.attributes["xsi:type"] === "ExecuteFunction");
  if (executes.length > 0 && !all.some((e) => e.name === "FunctionFile")) problems.push("Có nút ExecuteFunction nhưng thiếu <FunctionFile>.");
  for (const action of executes) if (!child(action, "FunctionName")?.text.trim()) problems.push(`Action ExecuteFunction ở dòng ${action.line} thiếu <FunctionName>.`);
  for (const action of all.filter((e) => e.name === "Action" && e.attributes["xsi:type"] === "ShowTaskpane")) {
    if (!child(action, "SourceLocation")) problems.push(`Action ShowTaskpane ở dòng ${action.line} thiếu <SourceLocation>.`);
  }
}

function collectUrls(root: XmlElement): UrlUse[] {
  const urls: UrlUse[] = [];
  for (const element of [root, ...descendants(root)]) {
    const value = element.attributes.DefaultValue;
    const isUrl = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"].includes(element.name);
    if (isUrl && value) urls.push({ url: value, where: `<${element.name}> dòng ${element.line}` });
    if (element.name === "AppDomain") urls.push({ url: element.text.trim(), where: `<AppDomain> dòng ${element.line}` });
  }
  return urls;
}

/** The base every URL must start with: the folder of the task pane's SourceLocation. */
function checkUrls(root: XmlElement, problems: string[]): void {
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.attributes.DefaultValue ?? "";
  let base: URL | null = null;
  try {
    base = new URL(".", source);
  } catch {
    if (source) problems.push(`SourceLocation "${source}" không phải một URL.`);
  }
  for (const { url, where } of collectUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" không phải một URL.`);
      continue;
    }
    const local = parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1";
    if (parsed.protocol !== "https:" && !(local && parsed.protocol === "http:")) problems.push(`${where}: "${url}" phải dùng https (chỉ localhost được dùng http).`);
    if (!base) continue;
    const inside = where.startsWith("<AppDomain>") ? parsed.origin === base.origin : url.startsWith(base.href);
    if (!inside) problems.push(`${where}: "${url}" không nằm dưới địa chỉ gốc ${where.startsWith("<AppDomain>") ? base.origin : base.href}.`);
  }
}

/** Every problem of a manifest's text, in Vietnamese; an empty list means it passes. */
export function validateManifestXml(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [`XML không hợp lệ ở dòng ${error.line}: ${error.message}.`];
    throw error;
  }
  const problems: string[] = [];
  checkTopLevel(root, problems);
  checkVersionOverrides(root, problems);
  checkUrls(root, problems);
  return problems;
}

if (require.main === module) {
  const file = process.argv[2] ?? "manifest.xml";
  let xml: string;
  try {
    xml = readFileSync(file, "utf8");
  } catch {
    console.error(`Không đọc được tệp ${file}.`);
    process.exit(1);
  }
  const problems = validateManifestXml(xml);
  if (problems.length === 0) {
    console.log(`${file}: hợp lệ.`);
  } else {
    console.error(`${file}: ${problems.length} vấn đề`);
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
}
