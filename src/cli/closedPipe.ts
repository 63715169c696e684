import type { Writable } from "node:stream";

/**
 * A reader that stops early (`dienhinh plans | head -1`) closes the pipe, and the next write fails
 * with EPIPE: there is nobody left to tell anything, so the command ends with the code it has,
 * instead of an unhandled error event's stack. Any other error of the stream is still thrown.
 */
export const endQuietlyOnClosedPipe = (stream: Writable, exit: (code: number) => void): void => {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
};
