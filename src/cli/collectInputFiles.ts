import { readdir, realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import type { FileProblem } from "../core/files/fileProblems";
import { UserError } from "./userError";

const isWorkbookName = (name: string): boolean => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/**
 * Paths found in a folder that are not to be read, with the reason: links leading out of the
 * folder the user chose (a "leak.csv" pointing at another folder would land in the
 * consolidation). `loadWorkbookFile` refuses them, so each run tells them in its skip list. Made
 * anew by each call: a run reads the files its own call returned.
 */
const refusedPaths = new Map<string, FileProblem>();

/** Why a path `collectInputFiles` returned is not to be read, if it is not. */
export const refusalOfCollectedPath = (path: string): FileProblem | undefined => refusedPaths.get(path);

const isInside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The files named on the command line: each file as given, each folder read recursively for
 * spreadsheets (Excel's "~$" lock files left out). A link inside a folder is followed only to a
 * file or folder inside the same chosen folder; one leading out is returned for the skip list
 * (see `refusalOfCollectedPath`). Sorted, so runs are repeatable.
 */
export const collectInputFiles = async (paths: readonly string[]): Promise<string[]> => {
  // What an earlier run found belongs to its own folders.
  refusedPaths.clear();
  const out: string[] = [];
  const walk = async (dir: string, root: string, visited: Set<string>): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full, root, visited);
      else if (e.isSymbolicLink()) {
        const real = await realpath(full).catch(() => null);
        const info = real === null ? null : await stat(real).catch(() => null);
        // A broken link named like a workbook is read, and said to be missing.
        if (real === null || info === null) {
          if (isWorkbookName(e.name)) out.push(full);
        } else if (!isInside(real, root)) {
          if (isWorkbookName(e.name) || info.isDirectory()) {
            out.push(full);
            refusedPaths.set(full, { code: "file/link-outside", file: e.name });
          }
        } else if (info.isDirectory()) {
          // A link back up the folder would walk forever.
          if (!visited.has(real)) {
            visited.add(real);
            await walk(full, root, visited);
          }
        } else if (isWorkbookName(e.name)) out.push(full);
      } else if (isWorkbookName(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new UserError(`Không tìm thấy "${p}"; hãy kiểm tra đường dẫn tệp hoặc thư mục.`);
    }
    if (info.isDirectory()) {
      const root = await realpath(p);
      await walk(p, root, new Set([root]));
    } else out.push(p);
  }
  // The same file named twice ("a.xlsx", "./dir/../a.xlsx", a link) is read once.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const f of out) {
    const real = refusedPaths.has(f) ? f : await realpath(f).catch(() => f);
    if (!seen.has(real)) unique.push(f);
    seen.add(real);
  }
  return unique;
};
