/**
 * A small XML scanner for the parts of an .xlsx: machine-written XML, read once from start to
 * end. It reports start tags (local name, raw attribute text, whether self-closing), end tags and
 * text ranges; comments, processing instructions and the DOCTYPE are passed over, CDATA is text.
 * Namespace prefixes are dropped from element names, so `<x:row>` (as the .NET Open XML SDK
 * writes it) reads like `<row>`. Attribute values may hold a raw `>` (a quoted value is matched
 * whole), never a raw `<`: a tag holding one is cut off or swallows another, and is refused.
 */

export interface XmlHandlers {
  /** `start` is where the tag's "<" is, `end` just past its ">" (what an edit of the part replaces). */
  open(name: string, attributes: string, selfClosing: boolean, start: number, end: number): void;
  close(name: string, start: number, end: number): void;
  /** Text between tags, as raw XML from `start` to `end` (entities not yet decoded). */
  text?(start: number, end: number): void;
  /** The content of a CDATA section: already plain text. */
  cdata?(text: string): void;
}

const GT = 62;
const SLASH = 47;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;

const LT = 60;

const isNameEnd = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT || c === LT;

const damaged = (what: string, at: number): Error => new Error(`XML không hợp lệ (${what}) ở vị trí ${at}`);

/** Where the markup that starts with `opener` at `at` ends (after `closer`); throws when it never does. */
const skipPast = (xml: string, at: number, closer: string): number => {
  const end = xml.indexOf(closer, at);
  if (end < 0) throw damaged(`thiếu "${closer}"`, at);
  return end + closer.length;
};

/**
 * Walks `xml` tag by tag; throws when markup is cut off or the tags do not nest (the part is
 * damaged). A hand-written loop over character codes: several times faster than a regular
 * expression on the tens of thousands of cells of a country's files.
 */
export const scanXml = (xml: string, handlers: XmlHandlers): void => {
  const open: string[] = [];
  const length = xml.length;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      handlers.text?.(at, length);
      break;
    }
    if (lt > at) handlers.text?.(at, lt);
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = skipPast(xml, lt + 9, "]]>");
        handlers.cdata?.(xml.slice(lt + 9, end - 3));
        at = end;
      } else at = skipPast(xml, lt + 2, xml.startsWith("<!--", lt) ? "-->" : ">");
      continue;
    }
    if (next === 63 /* ? */) {
      at = skipPast(xml, lt + 2, "?>");
      continue;
    }
    const closing = next === SLASH;
    let i = closing ? lt + 2 : lt + 1;
    let nameStart = i;
    while (i < length && !isNameEnd(xml.charCodeAt(i))) {
      if (xml.charCodeAt(i) === COLON) nameStart = i + 1;
      i++;
    }
    const name = xml.slice(nameStart, i);
    if (name === "") throw damaged("tên thẻ trống", lt);
    // The attributes run to the first ">" outside quotes.
    const attributesStart = i;
    let quote = 0;
    for (; i < length; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
        // XML allows no raw "<" in an attribute value: the quote was lost and a tag is swallowed.
        else if (c === LT) throw damaged("dấu < trong giá trị thuộc tính", lt);
      } else if (c === DQUOTE || c === SQUOTE) quote = c;
      else if (c === GT) break;
      // A "<" outside quotes: the tag was cut off and another begins (what a part spliced by mistake or on purpose holds).
      else if (c === LT) throw damaged("thẻ bị cắt ngang", lt);
    }
    if (i >= length) throw damaged("thẻ không kết thúc", lt);
    at = i + 1;
    if (closing) {
      if (open.pop() !== name) throw damaged(`thẻ đóng </${name}> không khớp`, lt);
      handlers.close(name, lt, at);
      continue;
    }
    const selfClosing = xml.charCodeAt(i - 1) === SLASH;
    if (!selfClosing) open.push(name);
    handlers.open(name, xml.slice(attributesStart, selfClosing ? i - 1 : i), selfClosing, lt, at);
  }
  if (open.length > 0) throw damaged(`thẻ <${open[open.length - 1]}> không được đóng`, length);
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z]+));/g;

const codePointText = (code: number): string => (code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "");

/** `&lt;` `&amp;` `&#7871;` `&#x1EBF;` … as characters; text without `&` is returned as it is. */
export const decodeXmlEntities = (raw: string): string =>
  raw.indexOf("&") < 0
    ? raw
    : raw.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
        hex !== undefined ? codePointText(parseInt(hex, 16)) : dec !== undefined ? codePointText(parseInt(dec, 10)) : (NAMED_ENTITIES[name ?? ""] ?? whole),
      );

/**
 * Calls `visit` with each attribute of a start tag (full name as written, e.g. `r:id`; raw value,
 * entities not decoded). A loop over character codes: start tags are most of an .xlsx's markup.
 */
export const forEachAttribute = (text: string, visit: (name: string, rawValue: string) => void): void => {
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && text.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 61 /* = */ || c <= 32) break;
      i++;
    }
    const name = text.slice(nameStart, i);
    while (i < length && text.charCodeAt(i) <= 32) i++;
    if (text.charCodeAt(i) !== 61) {
      if (name === "" || i >= length) return;
      continue;
    }
    i++;
    while (i < length && text.charCodeAt(i) <= 32) i++;
    const quote = text.charCodeAt(i);
    if (quote !== DQUOTE && quote !== SQUOTE) return;
    const end = text.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
    if (end < 0) return;
    visit(name, text.slice(i + 1, end));
    i = end + 1;
  }
};

/** The attributes of a start tag by their full names (`r`, `s`, `r:id`), values decoded. */
export const parseAttributes = (text: string): Record<string, string> => {
  const out: Record<string, string> = {};
  if (text !== "") forEachAttribute(text, (name, raw) => (out[name] = decodeXmlEntities(raw)));
  return out;
};

/** The value of the attribute whose name ends in `:local` (a prefixed attribute, e.g. `r:id`). */
export const prefixedAttribute = (attributes: Record<string, string>, local: string): string | undefined => {
  for (const key of Object.keys(attributes)) if (key.endsWith(`:${local}`)) return attributes[key];
  return undefined;
};

/** "1", "true" (and "on", which some writers use) as true. */
export const isTrueAttribute = (value: string | undefined): boolean => value === "1" || value === "true" || value === "on";
