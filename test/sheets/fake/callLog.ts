/**
 * Counts the calls made on the fake's objects, by class and method ("Range.getValues"): the
 * Sheets analogue of counting Excel's `context.sync()`. Coordinate getters of a range object
 * (getRow, getColumn, getNumRows, getNumColumns, getA1Notation) describe the object the script
 * already holds and are counted apart, as `local`.
 */
export const LOCAL_METHODS = new Set(["getRow", "getColumn", "getNumRows", "getNumColumns", "getA1Notation"]);

export class CallLog {
  readonly counts = new Map<string, number>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls that reach the spreadsheet (everything but the local getters). */
  get total(): number {
    let n = 0;
    for (const [name, count] of this.counts) if (!LOCAL_METHODS.has(name.split(".")[1] ?? "")) n += count;
    return n;
  }

  /** A copy of the counts, sorted by name, for `toStrictEqual`. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
