/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/**
 * A sheet name Excel accepts that none of `taken` has (Excel compares names without regard to
 * case): ≤ 31 characters, none of []:*?/\, no quote at either end; "Danh sách (2)", "(3)"… when
 * the name is taken. Both writers of .xlsx files and the Excel add-in choose names this way.
 */
export const chooseSheetNameAmong = (taken: readonly string[], wanted: string): string => {
  const base =
    wanted
      .normalize("NFC")
      .replace(/[[\]:*?/\\]/g, "-")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, SHEET_NAME_MAX) || "Trang tính";
  const lower = new Set(taken.map((name) => name.toLocaleLowerCase("vi")));
  if (!lower.has(base.toLocaleLowerCase("vi"))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!lower.has(name.toLocaleLowerCase("vi"))) return name;
  }
};
