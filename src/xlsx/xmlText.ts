/** Text as the .xlsx writers put it into XML. */

/** exceljs's `xmlEncode`: the five entities; DEL and the control characters XML cannot hold dropped. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const ENTITIES: Readonly<Record<number, string>> = { 34: "&quot;", 38: "&amp;", 39: "&apos;", 60: "&lt;", 62: "&gt;", 127: "" };
export const xmlEncode = (text: string): string => {
  const first = NEEDS_ESCAPE.exec(text);
  if (!first) return text;
  let out = text.slice(0, first.index);
  let from = first.index;
  for (let i = first.index; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entity = ENTITIES[code] ?? (code <= 8 || (code >= 11 && code <= 31 && code !== 13) ? "" : undefined);
    if (entity === undefined) continue;
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return out + text.slice(from);
};
