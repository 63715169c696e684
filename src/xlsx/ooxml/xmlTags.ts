import { forEachAttribute } from "./scanXml";

/**
 * Small helpers to edit start tags of machine-written XML, for the parts a marked copy changes:
 * the qualified name as written, attributes set or removed, the rest of the tag kept as it was.
 */

/** The qualified name at the start of a tag ("x:row" in `<x:row r="1">`). */
export const qualifiedNameOf = (tag: string): string => {
  let i = tag.startsWith("</") ? 2 : 1;
  const start = i;
  for (; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
  }
  return tag.slice(start, i);
};

/** "x:" for `x:row`, "" for `row`. */
export const prefixOf = (tag: string): string => {
  const name = qualifiedNameOf(tag);
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
};

/** The raw text between the name and the end of a start tag. */
const attributeTextOf = (tag: string): string => {
  const name = qualifiedNameOf(tag);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return tag.slice(1 + name.length, end);
};

/** A start tag's attributes in order, values raw (as escaped in the file). */
export const readTagAttributes = (tag: string): [string, string][] => {
  const out: [string, string][] = [];
  forEachAttribute(attributeTextOf(tag), (name, raw) => out.push([name, raw]));
  return out;
};

/**
 * The start tag with attributes replaced (value already escaped), added at the end, or removed
 * (`null`); whether it closes itself is kept unless `selfClosing` says otherwise.
 */
export const rewriteStartTag = (tag: string, changes: Readonly<Record<string, string | null>>, selfClosing?: boolean): string => {
  const name = qualifiedNameOf(tag);
  const closes = selfClosing ?? tag.endsWith("/>");
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const [key, raw] of readTagAttributes(tag)) {
    if (key in changes) {
      seen.add(key);
      const value = changes[key];
      if (value !== null && value !== undefined) parts.push(`${key}="${value}"`);
    } else parts.push(`${key}="${raw.replace(/"/g, "&quot;")}"`);
  }
  for (const [key, value] of Object.entries(changes)) if (!seen.has(key) && value !== null) parts.push(`${key}="${value}"`);
  return `<${name}${parts.length > 0 ? ` ${parts.join(" ")}` : ""}${closes ? "/>" : ">"}`;
};

/** The prefix a start tag's element (usually the root) binds to `namespace`, with its colon; null when none. */
export const prefixBoundTo = (tag: string, namespace: string): string | null => {
  for (const [key, raw] of readTagAttributes(tag)) if (key.startsWith("xmlns:") && raw === namespace) return `${key.slice(6)}:`;
  return null;
};
