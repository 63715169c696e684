import type { ZipEntryInfo } from "./inspectZip";
import { openZipParts, type InflateRaw } from "./ooxml/zipParts";

/**
 * Whether exceljs may be given a workbook our reader could not parse, without taking the machine
 * down. exceljs builds a model of the whole workbook: 84 MB of sheet XML took it 8 s and 1.25 GB,
 * it makes a cell object for every cell of every merge (F100:XFD1048576 is 17 billion) and keeps
 * each row as long as its last cell. So: small parts only, and what the XML claims counted first
 * with scans that are linear in its length.
 */

/** Unzipped parts exceljs is given at most: ~1.5 s and ~250 MB for it. */
const MAX_UNZIPPED_FOR_EXCELJS = 16 * 1024 * 1024;
/** Cells exceljs would create for merges and rows: a few hundred bytes each. */
const MAX_CLAIMED_CELLS = 2_000_000;

// "[^<>]" rather than "[^>]": a run of "<mergeCell" without ">" would otherwise be scanned again from each one.
const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^<>]*?\bref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?["']/g;
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c\b[^<>]*?\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7})["']/g;

const columnNumber = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/** Cells exceljs would make of one part's merges and rows. */
const countClaimedCells = (xml: string): number => {
  let cells = 0;
  for (const m of xml.matchAll(MERGE)) {
    const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = m;
    cells += (Math.abs(Number(r2) - Number(r1)) + 1) * (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1);
    if (cells > MAX_CLAIMED_CELLS) return cells;
  }
  const widthOfRow = new Map<number, number>();
  for (const m of xml.matchAll(CELL)) {
    const row = Number(m[2]);
    const col = columnNumber(m[1] ?? "A");
    const before = widthOfRow.get(row) ?? 0;
    if (col > before) {
      cells += col - before;
      widthOfRow.set(row, col);
      if (cells > MAX_CLAIMED_CELLS) return cells;
    }
  }
  return cells;
};

export const exceljsCanRead = (bytes: Uint8Array, entries: readonly ZipEntryInfo[], inflateRaw?: InflateRaw): boolean => {
  if (entries.reduce((a, e) => a + e.uncompressedSize, 0) > MAX_UNZIPPED_FOR_EXCELJS) return false;
  try {
    const zip = openZipParts(bytes, inflateRaw, entries);
    let cells = 0;
    for (const e of entries) {
      if (!/\.xml$/i.test(e.name)) continue;
      cells += countClaimedCells(zip.text(e.name) ?? "");
      if (cells > MAX_CLAIMED_CELLS) return false;
    }
    return true;
  } catch {
    // A part that does not even inflate will not open in exceljs either.
    return false;
  }
};
