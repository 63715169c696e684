import { decodeShortText } from "../inspectZip";

/**
 * An XML part to change in place: read with scanXml, edited at the positions it reports, written
 * back with every byte outside the edits as it was (a DOCTYPE, `&#0;`, odd spacing: what the
 * file holds is not the marked copy's business). A UTF-8 part is scanned through a view of one
 * character per byte, so positions are byte offsets and a 100 MB sheet costs 100 MB of text,
 * not twice that; XML's markup is ASCII, so tags and attributes read the same. A UTF-16 part
 * (with its byte-order mark) is decoded, and written back as UTF-8 with its declaration saying so.
 */

export interface Edit {
  /** Replaced range of `text`, `start` to `end` (equal for an insertion). */
  start: number;
  end: number;
  insert: string;
}

export interface PartText {
  /** What scanXml walks. */
  text: string;
  /** The real text of a range (a UTF-8 attribute value decoded). */
  slice(start: number, end: number): string;
  /** The part with `edits` made (non-overlapping; in any order). */
  build(edits: readonly Edit[]): Uint8Array;
}

const encoder = new TextEncoder();

/**
 * One character per byte. TextDecoder's "latin1" is windows-1252, which also gives one character
 * per byte (only 0x80–0x9F differ, and markup is ASCII); hosts without it get fromCharCode, in
 * slices small enough to spread.
 */
const byteView = (b: Uint8Array): string => {
  if (typeof TextDecoder === "function") return new TextDecoder("latin1").decode(b);
  const slices: string[] = [];
  for (let i = 0; i < b.length; i += 8192) slices.push(String.fromCharCode(...b.subarray(i, i + 8192)));
  return slices.join("");
};

// eslint-disable-next-line no-control-regex -- any character past ASCII
const NOT_ASCII = /[^\u0000-\u007f]/;

const sortEdits = (edits: readonly Edit[]): Edit[] => [...edits].sort((a, b) => a.start - b.start || a.end - b.end);

const concatBytes = (pieces: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const openUtf8 = (bytes: Uint8Array): PartText => {
  const text = byteView(bytes);
  return {
  text,
  // A tag is ASCII nearly always: its view is its text, with no decoding.
  slice: (start, end) => {
    const view = text.slice(start, end);
    return NOT_ASCII.test(view) ? decodeShortText(bytes.subarray(start, end)) : view;
  },
  build: (edits) => {
    const pieces: Uint8Array[] = [];
    let at = 0;
    for (const e of sortEdits(edits)) {
      pieces.push(bytes.subarray(at, e.start), encoder.encode(e.insert));
      at = e.end;
    }
    pieces.push(bytes.subarray(at));
    return concatBytes(pieces);
  },
  };
};

const decodeUtf16 = (b: Uint8Array, littleEndian: boolean): string => {
  const slices: string[] = [];
  const units = new Uint16Array(8192);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 2; i + 1 < b.length; ) {
    let n = 0;
    for (; n < units.length && i + 1 < b.length; n++, i += 2) units[n] = view.getUint16(i, littleEndian);
    slices.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return slices.join("");
};

/** The declaration's encoding, once the part is written as UTF-8. */
const declareUtf8 = (xml: string): string => xml.replace(/^(\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["'])[^"']{0,40}(["'])/, "$1UTF-8$2");

const openUtf16 = (bytes: Uint8Array, littleEndian: boolean): PartText => {
  const text = decodeUtf16(bytes, littleEndian);
  return {
    text,
    slice: (start, end) => text.slice(start, end),
    build: (edits) => {
      const pieces: string[] = [];
      let at = 0;
      for (const e of sortEdits(edits)) {
        pieces.push(text.slice(at, e.start), e.insert);
        at = e.end;
      }
      pieces.push(text.slice(at));
      return encoder.encode(declareUtf8(pieces.join("")));
    },
  };
};

export const openPartText = (bytes: Uint8Array): PartText => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return openUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return openUtf16(bytes, false);
  return openUtf8(bytes);
};

/** A new part's text as it will be written. */
export const newPartText = (xml: string): PartText => openUtf8(encoder.encode(xml));

/** Text or an attribute value as XML writes it. */
export const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
