import { rmSync } from "node:fs";
import { access, constants, lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";
import { UserError } from "./userError";

/** The author written into the workbooks the command line makes. */
export const WORKBOOK_CREATOR = "Điển hình";

/** Removes the temporary file if there is one; a path that cannot even be looked at has none. */
const removeTemp = (temp: string): Promise<void> => rm(temp, { force: true }).catch(() => undefined);

const tempPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Temporary files being written now: removed if the program is stopped (Ctrl+C, kill, a closed terminal) meanwhile. */
const pendingTemps = new Set<string>();
let interruptHandled = false;

/** Exit codes of a program stopped by SIGHUP, SIGINT and SIGTERM, as shells report them. */
const INTERRUPT_EXIT: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
const INTERRUPTS = Object.keys(INTERRUPT_EXIT) as NodeJS.Signals[];

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
    for (const signal of INTERRUPTS) process.on(signal, onInterrupt);
  }
  return () => {
    pendingTemps.delete(temp);
    // Nothing being written: Ctrl+C stops the program as it always does.
    if (pendingTemps.size === 0 && interruptHandled) {
      interruptHandled = false;
      for (const signal of INTERRUPTS) process.off(signal, onInterrupt);
    }
  };
};

const cannotWrite = (path: string, code?: string): UserError =>
  code === "ENOSPC" || code === "EDQUOT"
    ? new UserError(`Không ghi được tệp "${path}" vì ổ đĩa đã hết chỗ trống; hãy giải phóng chỗ trên ổ đĩa hoặc chọn nơi khác.`)
    : new UserError(`Không ghi được tệp "${path}" (thư mục không ghi được, hoặc tệp đang mở trong Excel); hãy đóng tệp hoặc chọn nơi khác.`);

/** A result is never written through a link, nor onto a pipe, a device or a folder: it would replace or feed what is there. */
const notAPlainFile = (path: string): UserError =>
  new UserError(`Không ghi kết quả vào "${path}" vì đó không phải tệp thông thường (là liên kết, ống dẫn, thiết bị hoặc thư mục); hãy chọn tên một tệp .xlsx mới.`);

/** An error of the operating system (EACCES, ENOSPC, EISDIR, EBUSY…) rather than of the program. */
const systemErrorCode = (e: unknown): string | undefined => {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
};

/**
 * Where a result may go: a new path or a regular file (never followed through a link), in a
 * folder that exists (made if needed) and can be written. Checked before any work.
 */
const prepareTarget = async (path: string): Promise<void> => {
  try {
    await mkdir(dirname(path), { recursive: true });
    const info = await lstat(path).catch((e: unknown) => {
      if (systemErrorCode(e) === "ENOENT") return null;
      throw e;
    });
    if (info && !info.isFile()) throw notAPlainFile(path);
    await access(dirname(path), constants.W_OK);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw cannotWrite(path, systemErrorCode(e));
  }
};

/**
 * The temporary file, new (O_EXCL: a link or file left at its name is not written through), then
 * `chunks` into it one after the other (a consolidation of the country is not copied once more
 * into one buffer), then renamed over `path`. It exists only during these calls, which leave the
 * event loop free: a stop signal is handled at once and the file removed (tsx's command, which
 * runs the program in a child process, kills a child that does not answer within ~60 ms).
 */
const writeTempThenRename = async (path: string, temp: string, chunks: readonly Uint8Array[]): Promise<void> => {
  const handle = await open(temp, "wx").catch(async (e: unknown) => {
    if (systemErrorCode(e) !== "EEXIST") throw e;
    // Left by an earlier run that had the same process id.
    await rm(temp, { force: true });
    return open(temp, "wx");
  });
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await rename(temp, path);
};

/**
 * Writes a whole file or nothing: to a temporary name beside it, then renamed, so a failure
 * never leaves a half-written workbook where the user expects the result; stopped with Ctrl+C,
 * the program removes the temporary file before it exits.
 */
export const writeFileAtomically = async (path: string, bytes: Uint8Array): Promise<void> => {
  await prepareTarget(path);
  const temp = tempPathFor(path);
  const untrack = trackTemp(temp);
  try {
    await writeTempThenRename(path, temp, [bytes]);
  } catch (e) {
    await removeTemp(temp);
    throw cannotWrite(path, systemErrorCode(e));
  } finally {
    untrack();
  }
};

/**
 * The same for a file made as a stream: `write` writes into the given stream and ends it. The
 * stream is held in memory (a consolidation of the country is some tens of megabytes) and the
 * file written when it is whole: making a workbook blocks the event loop for long stretches,
 * during which no temporary file should exist. A failure of the stream or the file system
 * becomes the user's sentence; any other error (a fault of the program) is passed on as it is.
 */
export const writeStreamAtomically = async (path: string, write: (out: Writable) => Promise<void>): Promise<void> => {
  await prepareTarget(path);
  const temp = tempPathFor(path);
  const untrack = trackTemp(temp);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  // Errors are for `write` to report; this listener only keeps a late one from crashing the process.
  sink.on("error", () => undefined);
  try {
    await write(sink);
    if (sink.errored) throw sink.errored;
    if (!sink.writableFinished) await new Promise<void>((resolve) => sink.once("finish", () => resolve()));
    await writeTempThenRename(path, temp, chunks);
  } catch (e) {
    await removeTemp(temp);
    const code = systemErrorCode(e);
    throw code !== undefined ? cannotWrite(path, code) : e;
  } finally {
    untrack();
  }
};
