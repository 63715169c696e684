import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "./userError";

/**
 * Writes a whole file or nothing: to a temporary name beside it, then renamed, so a failure
 * never leaves a half-written workbook where the user expects the result.
 */
export const writeFileAtomically = async (path: string, bytes: Uint8Array): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch {
    await rm(temp, { force: true });
    throw new UserError(`Không ghi được tệp "${path}" (thư mục không ghi được, hoặc tệp đang mở trong Excel); hãy đóng tệp hoặc chọn nơi khác.`);
  }
};
