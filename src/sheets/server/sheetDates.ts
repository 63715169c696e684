/**
 * Dates between Sheets and the core. Sheets hands a date cell over as the instant of its
 * wall-clock time in the spreadsheet's time zone; the core reads dates as UTC midnight (as the
 * .xlsx reader gives them). One `formatDate` per distinct date turns the one into the other: a
 * list has a few hundred dates on thousands of rows.
 */
import type { FormatDate } from "./host";

const PATTERN = "yyyy-MM-dd HH:mm:ss";
const PARSED = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export type ToCoreDate = (sheetsDate: Date) => Date;

export function createCoreDates(timeZone: string, formatDate: FormatDate): ToCoreDate {
  const seen = new Map<number, Date>();
  return (date) => {
    const time = date.getTime();
    const known = seen.get(time);
    if (known) return known;
    const m = Number.isNaN(time) ? null : PARSED.exec(formatDate(date, timeZone, PATTERN));
    const wall = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))) : new Date(Number.NaN);
    seen.set(time, wall);
    return wall;
  };
}

const DAY_MS = 86_400_000;
/** Day 0 of Sheets' serial numbers, the same as Excel's for every date after 28/02/1900. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A core date (UTC fields) as a serial number: written with a date format it shows that day in any time zone. */
export const toSheetsSerial = (date: Date): number => (date.getTime() - EPOCH_MS) / DAY_MS;
