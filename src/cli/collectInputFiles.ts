import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "./userError";

const isWorkbookName = (name: string): boolean => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/**
 * The files named on the command line: each file as given, each folder read recursively for
 * spreadsheets (Excel's "~$" lock files left out). Sorted, so runs are repeatable.
 */
export const collectInputFiles = async (paths: readonly string[]): Promise<string[]> => {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (isWorkbookName(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new UserError(`Không tìm thấy "${p}"; hãy kiểm tra đường dẫn tệp hoặc thư mục.`);
    }
    if (info.isDirectory()) await walk(p);
    else out.push(p);
  }
  // The same file named twice ("a.xlsx", "./dir/../a.xlsx", a link) is read once.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const f of out) {
    const real = await realpath(f).catch(() => f);
    if (!seen.has(real)) unique.push(f);
    seen.add(real);
  }
  return unique;
};
