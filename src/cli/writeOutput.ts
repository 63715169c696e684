import { rmSync } from "node:fs";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { UserError } from "./userError";

/** The author written into the workbooks the command line makes. */
export const WORKBOOK_CREATOR = "Điển hình";

/** Removes the temporary file if there is one; a path that cannot even be looked at has none. */
const removeTemp = (temp: string): Promise<void> => rm(temp, { force: true }).catch(() => undefined);

const tempPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Temporary files being written now: removed if the user stops the program (Ctrl+C) meanwhile. */
const pendingTemps = new Set<string>();
let interruptHandled = false;

/** Exit codes of a program stopped by SIGINT and SIGTERM, as shells report them. */
const INTERRUPT_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

const onInterrupt = (signal: NodeJS.Signals): void => {
  for (const temp of pendingTemps) rmSync(temp, { force: true });
  process.stderr.write("\nĐã dừng theo yêu cầu; tệp kết quả chưa được ghi, các tệp của đơn vị không bị thay đổi.\n");
  process.exit(INTERRUPT_EXIT[signal] ?? 1);
};

/** Marks `temp` as being written until the returned function is called. */
const trackTemp = (temp: string): (() => void) => {
  pendingTemps.add(temp);
  if (!interruptHandled) {
    interruptHandled = true;
    process.on("SIGINT", onInterrupt);
    process.on("SIGTERM", onInterrupt);
  }
  return () => {
    pendingTemps.delete(temp);
    // Nothing being written: Ctrl+C stops the program as it always does.
    if (pendingTemps.size === 0 && interruptHandled) {
      interruptHandled = false;
      process.off("SIGINT", onInterrupt);
      process.off("SIGTERM", onInterrupt);
    }
  };
};

const cannotWrite = (path: string, code?: string): UserError =>
  code === "ENOSPC" || code === "EDQUOT"
    ? new UserError(`Không ghi được tệp "${path}" vì ổ đĩa đã hết chỗ trống; hãy giải phóng chỗ trên ổ đĩa hoặc chọn nơi khác.`)
    : new UserError(`Không ghi được tệp "${path}" (thư mục không ghi được, hoặc tệp đang mở trong Excel); hãy đóng tệp hoặc chọn nơi khác.`);

/** An error of the operating system (EACCES, ENOSPC, EISDIR, EBUSY…) rather than of the program. */
const systemErrorCode = (e: unknown): string | undefined => {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
};

/**
 * Writes a whole file or nothing: to a temporary name beside it, then renamed, so a failure
 * never leaves a half-written workbook where the user expects the result; stopped with Ctrl+C,
 * the program removes the temporary file before it exits.
 */
export const writeFileAtomically = async (path: string, bytes: Uint8Array): Promise<void> => {
  const temp = tempPathFor(path);
  const untrack = trackTemp(temp);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await removeTemp(temp);
    throw cannotWrite(path, systemErrorCode(e));
  } finally {
    untrack();
  }
};

/**
 * The same for a file made as a stream: `write` writes into the temporary file and ends it. A
 * failure of the file system becomes the user's sentence; any other error (a fault of the
 * program) is passed on as it is. Either way the temporary file is removed.
 */
export const writeStreamAtomically = async (path: string, write: (out: Writable) => Promise<void>): Promise<void> => {
  const temp = tempPathFor(path);
  const untrack = trackTemp(temp);
  let out: Writable | undefined;
  let closed: Promise<void> | undefined;
  try {
    await mkdir(dirname(path), { recursive: true });
    // Opened here, so that a folder that cannot be written fails before any work.
    const handle = await open(temp, "w");
    const stream = handle.createWriteStream();
    out = stream;
    closed = new Promise<void>((resolve) => stream.once("close", () => resolve()));
    // Errors are for `write` to report; this listener only keeps a late one from crashing the process.
    stream.on("error", () => undefined);
    await write(stream);
    await closed;
    if (stream.errored) throw stream.errored;
    await rename(temp, path);
  } catch (e) {
    if (out && closed && !out.closed) {
      out.destroy();
      await closed;
    }
    await removeTemp(temp);
    const code = systemErrorCode(e);
    throw code !== undefined ? cannotWrite(path, code) : e;
  } finally {
    untrack();
  }
};
