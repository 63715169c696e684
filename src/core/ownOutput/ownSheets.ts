/**
 * The sheets this product writes know themselves: each carries a mark, a workbook-level defined
 * name pointing at its cell A1 ("DienHinh_DanhSach" → 'Danh sách'!$A$1). Both writers can make one
 * (exceljs 4.4's defined names and office-js's `workbook.names.add`), Excel and LibreOffice keep it
 * when the workbook is saved again, and Excel moves it along when the sheet is renamed, so a
 * consolidation read back as input, or an add-in's earlier output in the open workbook, is told
 * apart from the sheets a unit made, whatever their names.
 */

/** What a sheet written by this product holds. */
export type OwnSheetRole =
  /** "Tổng hợp": counts per unit. */
  | "consolidation-summary"
  /** "Danh sách": every nominee with its provenance, the one sheet the level above reads back. */
  | "consolidation-list"
  | "consolidation-quotas"
  | "consolidation-duplicates"
  | "consolidation-skipped"
  | "plan-appendix"
  | "list-appendix"
  /** "Kết quả kiểm tra" of a marked copy (the other sheets of the copy are the unit's). */
  | "check-result"
  /** A blank nomination sheet: once a unit fills it in, it is that unit's list. */
  | "template";

/** A sheet and the part it plays, as the workbook's marks say. */
export interface OwnSheet {
  sheet: string;
  role: OwnSheetRole;
}

/** The defined name of each role; letters and underscores only, valid in every spreadsheet program. */
export const OWN_SHEET_NAMES: Readonly<Record<OwnSheetRole, string>> = {
  "consolidation-summary": "DienHinh_TongHop",
  "consolidation-list": "DienHinh_DanhSach",
  "consolidation-quotas": "DienHinh_ChiTieu",
  "consolidation-duplicates": "DienHinh_TrungLap",
  "consolidation-skipped": "DienHinh_TepBoQua",
  "plan-appendix": "DienHinh_PhuLucKeHoach",
  "list-appendix": "DienHinh_PhuLucDanhSach",
  "check-result": "DienHinh_KetQuaKiemTra",
  template: "DienHinh_MauDanhSach",
};

const ROLE_BY_NAME: ReadonlyMap<string, OwnSheetRole> = new Map(
  (Object.entries(OWN_SHEET_NAMES) as [OwnSheetRole, string][]).map(([role, name]) => [name.toLowerCase(), role]),
);

/** The role a defined name marks, or null for any other name (defined names ignore case). */
export const findOwnSheetRole = (definedName: string): OwnSheetRole | null => ROLE_BY_NAME.get(definedName.toLowerCase()) ?? null;

/** `'Danh sách (2)'!$A$1`: the reference a mark holds, the sheet quoted as Excel writes it. */
export const toOwnSheetReference = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!$A$1`;

/**
 * The sheet a mark's reference points at: `'Danh sách'!$A$1`, `Sheet1!$A$1`, with or without a
 * leading "="; null when it points nowhere (`#REF!` once the sheet was deleted) or elsewhere.
 */
export const parseOwnSheetReference = (reference: string): string | null => {
  const text = reference.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]+\$?\d+$/i.exec(text);
  if (quoted?.[1]) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#\s][^'!]*)!\$?[A-Z]+\$?\d+$/i.exec(text);
  return plain?.[1] ?? null;
};

/**
 * Marks read from a workbook's defined names: each name of a role that points at a sheet of
 * `sheetNames`, in the order of the sheets (programs save names in orders of their own). A role
 * named twice keeps its first sheet; a sheet marked twice keeps its first role.
 */
export const collectOwnSheets = (definedNames: readonly { name: string; reference: string }[], sheetNames: readonly string[]): OwnSheet[] => {
  const out: OwnSheet[] = [];
  const present = new Set(sheetNames);
  for (const { name, reference } of definedNames) {
    const role = findOwnSheetRole(name);
    const sheet = parseOwnSheetReference(reference);
    if (role === null || sheet === null || !present.has(sheet)) continue;
    if (out.some((o) => o.role === role || o.sheet === sheet)) continue;
    out.push({ sheet, role });
  }
  return out.sort((a, b) => sheetNames.indexOf(a.sheet) - sheetNames.indexOf(b.sheet));
};
