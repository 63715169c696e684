import type { Borders, Style } from "exceljs";
import { escapeXml, newPartText, type Edit, type PartText } from "./partText";
import { scanXml } from "./scanXml";
import { prefixOf, readTagAttributes, rewriteStartTag } from "./xmlTags";

/**
 * Adds cell styles to a workbook's styles part without touching the ones there: the marks of a
 * checked sheet (the cell's own style with a fill and a font colour) and the styles of the
 * results sheet. New fonts, fills, borders, number formats and cell formats are appended to
 * their lists, whose counts are updated; a list the part lacks is made in its place.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The order of the lists in a styles part (ECMA-376 part 1, CT_Stylesheet). */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs";

/** What a list must begin with when the part lacks it: Excel keeps fills 0 and 1 for itself. */
const DEFAULT_CHILDREN: Record<ListName, (p: string) => string[]> = {
  numFmts: () => [],
  fonts: (p) => [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`],
  fills: (p) => [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`],
  borders: (p) => [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
  cellStyleXfs: (p) => [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
  cellXfs: (p) => [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
};

/** A styles part for a workbook that has none. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;

interface Section {
  /** The start tag's range, and where the list's content ends (its end tag). */
  start: number;
  end: number;
  selfClosing: boolean;
  closeStart: number;
  /** Each child element's range. */
  children: { start: number; end: number }[];
}

export interface StylesPatch {
  /** A copy of cell format `base` (number format, border, alignment kept) filled with `fill` and its font coloured `font` (ARGB). */
  markedStyle(base: number, fill: string, font: string): number;
  /** A cell format for a style the layout writers make (src/xlsx/layoutCells.ts). */
  layoutStyle(style: Partial<Style>): number;
  /** The part's bytes with what was added; null when nothing was. */
  build(): Uint8Array | null;
}

const readSections = (part: PartText): { prefix: string; sections: Map<string, Section>; rootCloseStart: number } => {
  const sections = new Map<string, Section>();
  let prefix = "";
  let rootCloseStart = -1;
  let depth = 0;
  let current: Section | null = null;
  let childStart = -1;
  scanXml(part.text, {
    open: (name, _a, selfClosing, start, end) => {
      if (depth === 0) prefix = prefixOf(part.text.slice(start, end));
      else if (depth === 1) {
        current = { start, end, selfClosing, closeStart: start, children: [] };
        if (!sections.has(name)) sections.set(name, current);
        if (selfClosing) current = null;
      } else if (depth === 2 && current) {
        if (selfClosing) current.children.push({ start, end });
        else childStart = start;
      }
      if (!selfClosing) depth++;
    },
    close: (_name, start, end) => {
      depth--;
      if (depth === 0) rootCloseStart = start;
      else if (depth === 1 && current) {
        current.closeStart = start;
        current = null;
      } else if (depth === 2 && current && childStart >= 0) {
        current.children.push({ start: childStart, end });
        childStart = -1;
      }
    },
  });
  if (rootCloseStart < 0) throw new Error("styles part has no root element");
  return { prefix, sections, rootCloseStart };
};

/** The font element with its colour elements replaced by `argb`. */
const recolourFont = (font: string, argb: string, p: string): string => {
  const cut: { start: number; end: number }[] = [];
  let depth = 0;
  let colourStart = -1;
  let closeStart = -1;
  let rootSelfClosing = false;
  scanXml(font, {
    open: (name, _a, selfClosing, start, end) => {
      if (depth === 0) rootSelfClosing = selfClosing;
      else if (depth === 1 && name === "color") {
        if (selfClosing) cut.push({ start, end });
        else colourStart = start;
      }
      if (!selfClosing) depth++;
    },
    close: (name, start, end) => {
      depth--;
      if (depth === 0) closeStart = start;
      else if (depth === 1 && name === "color" && colourStart >= 0) {
        cut.push({ start: colourStart, end });
        colourStart = -1;
      }
    },
  });
  const colour = `<${p}color rgb="${argb}"/>`;
  if (rootSelfClosing) return `${font.slice(0, font.length - 2)}>${colour}</${p}font>`;
  let out = "";
  let at = 0;
  for (const c of cut) {
    out += font.slice(at, c.start);
    at = c.end;
  }
  return `${out}${font.slice(at, closeStart)}${colour}${font.slice(closeStart)}`;
};

/** The cell format element with attributes changed (its children, such as alignment, kept). */
const rewriteXf = (xf: string, changes: Record<string, string>): string => {
  const tagEnd = xf.indexOf(">") + 1;
  return rewriteStartTag(xf.slice(0, tagEnd), changes) + xf.slice(tagEnd);
};

const serializeBorder = (b: Partial<Borders> | undefined, p: string): string => {
  const side = (key: "left" | "right" | "top" | "bottom"): string => {
    const style = b?.[key]?.style;
    return style ? `<${p}${key} style="${escapeXml(style)}"><${p}color auto="1"/></${p}${key}>` : `<${p}${key}/>`;
  };
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
};

export const openStylesPatch = (part: PartText): StylesPatch => {
  const { prefix: p, sections, rootCloseStart } = readSections(part);
  const added: Record<ListName, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  /** A list the part lacks starts with its defaults (new cell formats point to font 0, fill 0, border 0, style 0). */
  const childText = (list: ListName, i: number): string | null => {
    const c = sections.get(list)?.children[i];
    if (c) return part.slice(c.start, c.end);
    return sections.has(list) ? null : (DEFAULT_CHILDREN[list](p)[i] ?? null);
  };
  const countOf = (list: ListName): number => (sections.get(list)?.children.length ?? DEFAULT_CHILDREN[list](p).length) + added[list].length;
  const memo = new Map<string, number>();
  const add = (list: ListName, xml: string): number => {
    const key = `${list}|${xml}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const index = countOf(list);
    added[list].push(xml);
    memo.set(key, index);
    return index;
  };
  let nextNumFmt = 164;
  for (const c of sections.get("numFmts")?.children ?? []) {
    const id = Number(readTagAttributes(part.slice(c.start, c.end)).find(([k]) => k === "numFmtId")?.[1]);
    if (Number.isInteger(id) && id >= nextNumFmt) nextNumFmt = id + 1;
  }
  const numFmtIds = new Map<string, number>();
  const solidFill = (argb: string): string => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeXml(argb)}"/></${p}patternFill></${p}fill>`;

  /** Where a list the part lacks goes: before the first list that comes after it, else at the end. */
  const placeOf = (list: ListName): number => {
    const after = SECTION_ORDER.slice(SECTION_ORDER.indexOf(list) + 1)
      .map((name) => sections.get(name)?.start)
      .filter((x): x is number => x !== undefined);
    return after.length > 0 ? Math.min(...after) : rootCloseStart;
  };

  return {
    markedStyle: (base, fill, font) => {
      const xf = childText("cellXfs", base) ?? DEFAULT_CHILDREN.cellXfs(p)[0] ?? "";
      const attrs = new Map(readTagAttributes(xf.slice(0, xf.indexOf(">") + 1)));
      const baseFont = childText("fonts", Number(attrs.get("fontId") ?? 0) || 0) ?? `<${p}font/>`;
      const fontId = add("fonts", recolourFont(baseFont, font, p));
      const fillId = add("fills", solidFill(fill));
      return add("cellXfs", rewriteXf(xf, { fontId: String(fontId), fillId: String(fillId), applyFont: "1", applyFill: "1" }));
    },
    layoutStyle: (style) => {
      const f = style.font ?? {};
      const colour = f.color?.argb;
      const fontXml = `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.italic ? `<${p}i/>` : ""}<${p}sz val="${Number(f.size ?? 11)}"/>${colour ? `<${p}color rgb="${escapeXml(colour)}"/>` : ""}<${p}name val="${escapeXml(f.name ?? "Calibri")}"/></${p}font>`;
      const fillArgb = style.fill?.type === "pattern" && style.fill.pattern === "solid" ? style.fill.fgColor?.argb : undefined;
      const fontId = add("fonts", fontXml);
      const fillId = fillArgb ? add("fills", solidFill(fillArgb)) : 0;
      const borderId = style.border ? add("borders", serializeBorder(style.border, p)) : 0;
      let numFmtId = 0;
      if (style.numFmt !== undefined) {
        const code = style.numFmt;
        const known = numFmtIds.get(code);
        numFmtId = known ?? nextNumFmt++;
        if (known === undefined) {
          numFmtIds.set(code, numFmtId);
          added.numFmts.push(`<${p}numFmt numFmtId="${numFmtId}" formatCode="${escapeXml(code)}"/>`);
        }
      }
      const a = style.alignment;
      const alignment = a
        ? `<${p}alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}${a.vertical ? ` vertical="${a.vertical}"` : ""}${a.wrapText ? ' wrapText="1"' : ""}/>`
        : "";
      const applies = `applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${numFmtId ? ' applyNumberFormat="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
      return add("cellXfs", `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" ${applies}${alignment ? `>${alignment}</${p}xf>` : "/>"}`);
    },
    build: () => {
      if (Object.values(added).every((list) => list.length === 0)) return null;
      const edits: Edit[] = [];
      // In the schema's order, so lists made at one place come out in order.
      for (const list of SECTION_ORDER.filter((name): name is ListName => name in added)) {
        const s = sections.get(list);
        const count = String(countOf(list));
        if (!s) {
          const children = [...DEFAULT_CHILDREN[list](p), ...added[list]];
          const at = placeOf(list);
          if (children.length > 0) edits.push({ start: at, end: at, insert: `<${p}${list} count="${count}">${children.join("")}</${p}${list}>` });
        } else if (added[list].length === 0) continue;
        else if (s.selfClosing) {
          edits.push({ start: s.start, end: s.end, insert: `${rewriteStartTag(part.slice(s.start, s.end), { count }, false)}${added[list].join("")}</${p}${list}>` });
        } else {
          edits.push({ start: s.start, end: s.end, insert: rewriteStartTag(part.slice(s.start, s.end), { count }) });
          edits.push({ start: s.closeStart, end: s.closeStart, insert: added[list].join("") });
        }
      }
      return part.build(edits);
    },
  };
};

/** The styles patch of a workbook that had no styles part. */
export const openNewStylesPatch = (): StylesPatch => openStylesPatch(newPartText(EMPTY_STYLES));
