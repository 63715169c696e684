import { cleanCellText } from "../layoutCells";
import { escapeXml, type Edit, type PartText } from "./partText";
import { scanXml } from "./scanXml";
import { columnLetters } from "./sheetExtent";
import { prefixOf, readTagAttributes } from "./xmlTags";

/**
 * Notes (Excel's "comments") on marked cells: their text in the sheet's comments part, and the
 * box Excel draws for each in the sheet's VML drawing. A sheet that has notes already keeps them:
 * its parts get ours added, and a cell that had a note gets ours at the head of its text.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const VML_NAMESPACES = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
/** Shapes are numbered in blocks of 1,024 per drawing (`o:idmap`). */
const SHAPES_PER_BLOCK = 1024;

export interface Note {
  /** 1-based. */
  row: number;
  col: number;
  text: string;
}

const runXml = (text: string, p: string): string =>
  `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="Tahoma"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(cleanCellText(text))}</${p}t></${p}r>`;

const commentXml = (n: Note, authorId: number, p: string): string =>
  `<${p}comment ref="${columnLetters(n.col)}${n.row}" authorId="${authorId}"><${p}text>${runXml(n.text, p)}</${p}text></${p}comment>`;

/** A comments part holding `notes`. */
export const newCommentsXml = (notes: readonly Note[], author: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${escapeXml(author)}</author></authors><commentList>${notes.map((n) => commentXml(n, 0, "")).join("")}</commentList></comments>`;

/** An existing comments part with `notes` added by `author`. */
export const addToComments = (part: PartText, notes: readonly Note[], author: string): Uint8Array => {
  let p = "";
  let depth = 0;
  let rootOpenEnd = -1;
  let rootCloseStart = -1;
  let authors: { start: number; end: number; selfClosing: boolean; closeStart: number; count: number } | null = null;
  let list: { start: number; end: number; selfClosing: boolean; closeStart: number } | null = null;
  let ref: string | null = null;
  /** Where each cell's note text begins (after its `<text>` tag), and whether that tag closes itself. */
  const textOf = new Map<string, { start: number; end: number; selfClosing: boolean }>();
  scanXml(part.text, {
    open: (name, _a, selfClosing, start, end) => {
      if (depth === 0) {
        p = prefixOf(part.text.slice(start, end));
        rootOpenEnd = end;
      } else if (depth === 1 && name === "authors") authors = { start, end, selfClosing, closeStart: start, count: 0 };
      else if (depth === 1 && name === "commentList") list = { start, end, selfClosing, closeStart: start };
      else if (depth === 2 && name === "author" && authors) authors.count++;
      else if (depth === 2 && name === "comment") ref = readTagAttributes(part.slice(start, end)).find(([k]) => k === "ref")?.[1]?.toUpperCase() ?? null;
      else if (depth === 3 && name === "text" && ref !== null && !textOf.has(ref)) textOf.set(ref, { start, end, selfClosing });
      if (!selfClosing) depth++;
    },
    close: (name, start) => {
      depth--;
      if (depth === 0) rootCloseStart = start;
      else if (depth === 1 && name === "authors" && authors) authors.closeStart = start;
      else if (depth === 1 && name === "commentList" && list) list.closeStart = start;
    },
  });
  const a = authors as { start: number; end: number; selfClosing: boolean; closeStart: number; count: number } | null;
  const l = list as { start: number; end: number; selfClosing: boolean; closeStart: number } | null;
  const edits: Edit[] = [];
  const authorId = a?.count ?? 0;
  const authorXml = `<${p}author>${escapeXml(author)}</${p}author>`;
  if (!a) edits.push({ start: rootOpenEnd, end: rootOpenEnd, insert: `<${p}authors>${authorXml}</${p}authors>` });
  else if (a.selfClosing) edits.push({ start: a.start, end: a.end, insert: `<${p}authors>${authorXml}</${p}authors>` });
  else edits.push({ start: a.closeStart, end: a.closeStart, insert: authorXml });
  const added: string[] = [];
  for (const n of notes) {
    const existing = textOf.get(`${columnLetters(n.col)}${n.row}`);
    if (!existing) added.push(commentXml(n, authorId, p));
    else if (existing.selfClosing) edits.push({ start: existing.start, end: existing.end, insert: `<${p}text>${runXml(`${n.text}\n`, p)}</${p}text>` });
    else edits.push({ start: existing.end, end: existing.end, insert: runXml(`${n.text}\n`, p) });
  }
  if (added.length > 0) {
    if (!l) edits.push({ start: rootCloseStart, end: rootCloseStart, insert: `<${p}commentList>${added.join("")}</${p}commentList>` });
    else if (l.selfClosing) edits.push({ start: l.start, end: l.end, insert: `<${p}commentList>${added.join("")}</${p}commentList>` });
    else edits.push({ start: l.closeStart, end: l.closeStart, insert: added.join("") });
  }
  return part.build(edits);
};

/** The box of one note: hidden until the mouse is over the cell, anchored beside it. */
const shapeXml = (n: Note, id: number, z: number): string => {
  const row = n.row - 1;
  const col = n.col - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:86pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
};

/** The shape-id blocks a VML drawing claims (`<o:idmap data="1,2">`). */
export const readVmlIdBlocks = (vml: string): number[] => {
  const blocks: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^<>]*?\bdata\s*=\s*"([^"]*)"/g)) for (const n of (m[1] ?? "").split(",")) if (/^\s*\d+\s*$/.test(n)) blocks.push(Number(n));
  return blocks;
};

/** A VML drawing with a box for each note, its shapes numbered from block `firstBlock` on. */
export const newNotesVml = (notes: readonly Note[], firstBlock: number): string => {
  const blocks = Array.from({ length: Math.ceil((notes.length + 1) / SHAPES_PER_BLOCK) }, (_, i) => firstBlock + i);
  const shapes = notes.map((n, k) => shapeXml(n, firstBlock * SHAPES_PER_BLOCK + 1 + k, k + 1)).join("");
  return `<xml ${VML_NAMESPACES}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>${NOTE_SHAPE_TYPE}${shapes}</xml>`;
};

/** How many blocks a new drawing of `count` notes claims. */
export const blocksFor = (count: number): number => Math.ceil((count + 1) / SHAPES_PER_BLOCK);

/**
 * A sheet's VML drawing with boxes for `notes` added after its shapes; null when the drawing has
 * no end to add them before (then the notes are left out: their text is on the results sheet).
 */
export const addToVml = (part: PartText, notes: readonly Note[]): Uint8Array | null => {
  const text = part.text;
  const end = text.lastIndexOf("</xml>");
  if (end < 0) return null;
  let last = 0;
  for (const m of text.matchAll(/_x0000_s(\d+)/g)) last = Math.max(last, Number(m[1]));
  const shapeType = text.includes('id="_x0000_t202"') ? "" : NOTE_SHAPE_TYPE;
  const namespaces = text.includes("urn:schemas-microsoft-com:office:excel") ? "" : VML_NAMESPACES;
  const shapes = notes.map((n, k) => shapeXml(n, last + 1 + k, last + 1 + k)).join("");
  const inserted = namespaces ? shapes.replace(/<v:shape /g, `<v:shape ${namespaces} `) : shapes;
  return part.build([{ start: end, end, insert: shapeType + inserted }]);
};
