/**
 * A sheet → the core's SheetValues, in three reads whatever its size: the values, the font of each
 * cell and the merged ranges of the sheet's data range. Rows hidden in the sheet are not asked
 * for: SpreadsheetApp can only tell them row by row (see docs/NOTES.md).
 */
import type { CellScalar, SheetValues } from "../../core/model";
import { detectEncodingFromFont } from "../../core/text/legacy";
import { toRangeAddress } from "../../excel/addresses";
import type { RangeLike, SheetCell, SheetLike } from "./host";
import type { ToCoreDate } from "./sheetDates";

const toCellScalar = (value: SheetCell | "" | null | undefined, toCoreDate: ToCoreDate): CellScalar => {
  if (value === "" || value === null || value === undefined) return null;
  if (value instanceof Date) return toCoreDate(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
};

/**
 * Fonts are handed over only where they can change the reading, as the Excel adapter does: for
 * every text cell of a sheet where some text cell is in a TCVN3 or VNI font.
 */
const listTextFonts = (rows: readonly CellScalar[][], fonts: readonly string[][]): (string | undefined)[][] | null => {
  let legacy = false;
  const out = rows.map((row, r) =>
    row.map((value, c) => {
      if (typeof value !== "string") return undefined;
      const font = fonts[r]?.[c] || undefined;
      if (!legacy && detectEncodingFromFont(font)) legacy = true;
      return font;
    }),
  );
  return legacy ? out : null;
};

const toMergeAddress = (range: RangeLike): string => {
  const top = range.getRow() - 1;
  const left = range.getColumn() - 1;
  return toRangeAddress({ top, left, bottom: top + range.getNumRows() - 1, right: left + range.getNumColumns() - 1 });
};

export interface SheetIdentity {
  name: string;
  hidden: boolean;
}

export function readSheetValues(sheet: SheetLike, identity: SheetIdentity, toCoreDate: ToCoreDate): SheetValues {
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const values: SheetValues = { name: identity.name, rows: [] };
  if (identity.hidden) values.hidden = true;
  // A blank sheet's data range is A1 alone, holding "".
  if (raw.length === 1 && raw[0]?.length === 1 && raw[0][0] === "") return values;
  values.rows = raw.map((line) => line.map((v) => toCellScalar(v, toCoreDate)));
  const fonts = listTextFonts(values.rows, range.getFontFamilies());
  if (fonts) values.fonts = fonts;
  const merges = range.getMergedRanges().map(toMergeAddress);
  if (merges.length > 0) values.merges = merges;
  return values;
}
