import { unzipSync } from "fflate";

/**
 * What a marked copy shows, read without the product's reader and without exceljs (which refuses
 * some of the workbooks the tests mark): the tabs, the tab it opens on, and per sheet the cells
 * filled with a solid colour and their notes. Regular expressions over the few parts concerned,
 * written for the XML the tests themselves make.
 */

export interface MarkedCopy {
  sheets: string[];
  activeTab: number;
  /** Sheet → cell → the fill's ARGB and the note's text ("" when none). */
  marks: Record<string, Record<string, { fill: string; note: string }>>;
}

const unescape = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_m, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : e === "amp" ? "&" : String.fromCodePoint(e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m?.[1] !== undefined ? unescape(m[1]) : undefined;
};

const decode = (b: Uint8Array): string => {
  if (b[0] === 0xff && b[1] === 0xfe) return Buffer.from(b.subarray(2)).toString("utf16le");
  return Buffer.from(b).toString("utf8").replace(/^\uFEFF/, "");
};

const resolve = (from: string, target: string): string => {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const seg of target.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
};

export const readMarkedCopy = (bytes: Uint8Array): MarkedCopy => {
  // Each part inflated only when asked for: parts the copy did not need (a damaged image) are not read.
  const load = (name: string): Uint8Array | undefined => {
    const wanted = name.replace(/^\/+/, "").toLowerCase();
    try {
      return Object.values(unzipSync(bytes, { filter: (f) => f.name.replace(/^\/+/, "").toLowerCase() === wanted }))[0];
    } catch {
      // A part the copy kept as the original had it, damaged: as good as missing.
      return undefined;
    }
  };
  const text = (name: string): string => {
    const b = name === "" ? undefined : load(name);
    return b ? decode(b) : "";
  };
  const has = (name: string): boolean => load(name) !== undefined;
  const rels = (part: string): Map<string, { type: string; target: string }> => {
    const slash = part.lastIndexOf("/");
    const xml = text(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
    const out = new Map<string, { type: string; target: string }>();
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) out.set(attr(m[0], "Id") ?? "", { type: attr(m[0], "Type") ?? "", target: resolve(part, attr(m[0], "Target") ?? "") });
    return out;
  };
  const workbook = [...rels("").values()].find((r) => r.type.endsWith("/officeDocument") && has(r.target))?.target ?? "xl/workbook.xml";
  const wbXml = text(workbook);
  const wbRels = rels(workbook);
  const stylesXml = text([...wbRels.values()].find((r) => r.type.endsWith("/styles"))?.target ?? "");
  const section = (name: string): string => new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(stylesXml)?.[1] ?? "";
  const fills = [...section("fills").matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => (/patternType="solid"/.test(m[1] ?? "") ? (/<fgColor rgb="([^"]+)"/.exec(m[1] ?? "")?.[1] ?? "") : ""));
  const xfFill = [...section("cellXfs").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => fills[Number(attr(m[0], "fillId") ?? 0)] ?? "");
  const sheets: string[] = [];
  const marks: MarkedCopy["marks"] = {};
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    sheets.push(name);
    const rid = /\s\w+:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const part = wbRels.get(rid)?.target;
    if (!part || !has(part)) continue;
    const sheetXml = text(part);
    const notes = new Map<string, string>();
    const commentsPart = [...rels(part).values()].find((r) => r.type.endsWith("/comments"))?.target;
    for (const c of text(commentsPart ?? "").matchAll(/<comment\b[^>]*>([\s\S]*?)<\/comment>/g)) {
      notes.set(attr(c[0], "ref") ?? "", [...(c[1] ?? "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1] ?? "")).join(""));
    }
    const cells: Record<string, { fill: string; note: string }> = {};
    for (const c of sheetXml.matchAll(/<c\b[^>]*>/g)) {
      const fill = xfFill[Number(attr(c[0], "s") ?? 0)] ?? "";
      const ref = attr(c[0], "r") ?? "";
      if (fill !== "" && name !== "Kết quả kiểm tra") cells[ref] = { fill, note: notes.get(ref) ?? "" };
    }
    marks[name] = cells;
  }
  return { sheets, activeTab: Number(/<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(wbXml)?.[1] ?? 0), marks };
};

/** Every part of a zip, inflated, by name. */
export const partsOf = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
