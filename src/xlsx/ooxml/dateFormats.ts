/**
 * Which number formats show a date or time, and a serial as a Date. Excel stores dates as numbers
 * (days since 30/12/1899, or since 1/1/1904 in the 1904 system); only the cell's number format
 * says it is a date.
 */

/**
 * Built-in formats that show dates or times: 14–22 and 45–47 in every language, 27–36 and 50–58
 * in the East Asian ones (ECMA-376 part 1, 18.8.30). Format 14 is "dd/mm/yyyy" on a Vietnamese
 * Windows.
 */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const DATE_LETTERS = new Set("ymdhsbYMDHSB");

/**
 * A format code with a day, month, year, hour, minute or second part outside quotes, brackets
 * ("[Red]", "[$-42A]") and escaped characters ("General" has none of those letters). One pass:
 * the code comes from the file, and a regular expression dropping "[…]" sections took 39 s on a
 * code of 300,000 unclosed "[". An unclosed "[" or quote is a plain character, as it was then.
 */
const isDateFormatCode = (code: string): boolean => {
  let bracketsClose = true;
  let quotesClose = true;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] ?? "";
    if (c === "\\") i++;
    else if ((c === "[" && bracketsClose) || (c === '"' && quotesClose)) {
      const end = code.indexOf(c === "[" ? "]" : '"', i + 1);
      // None later: every "[" (or quote) after this one is unclosed too; never search again.
      if (end < 0) {
        if (c === "[") bracketsClose = false;
        else quotesClose = false;
      } else i = end;
    } else if (DATE_LETTERS.has(c)) return true;
  }
  return false;
};

export const isDateFormat = (id: number, code: string): boolean => (code !== "" ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from 30/12/1899 (serial 0 of the 1900 system) to 1/1/1970. */
const UNIX_EPOCH_SERIAL = 25569;
/** The 1904 system counts from 1/1/1904: 1,462 days later. */
const DATE_1904_OFFSET = 1462;

/** 31/12/9999, the last day Excel draws; a negative serial is not drawn either. */
const LAST_DRAWABLE_SERIAL = 2958465;

export const isDrawableSerial = (serial: number, date1904: boolean): boolean => serial >= 0 && serial < LAST_DRAWABLE_SERIAL + 1 - (date1904 ? DATE_1904_OFFSET : 0);

/** A serial as the Date it shows (UTC), rounded to the millisecond. */
export const serialToDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY));
