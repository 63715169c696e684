/**
 * A loop over many files hands the thread back to its event loop now and then: in the worker so
 * that a Hủy message is heard between two files (a chain of resolved promises never lets it in),
 * on the page (no worker) so that the pane still paints.
 */

/** The next macrotask: a message on a fresh channel (setTimeout's 4 ms clamp would add up over 3,000 files). */
export const nextMacrotask = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof MessageChannel !== "function") {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Returns a function that yields when more than `everyMs` went by since it last did. */
export const createYielder = (everyMs: number): (() => Promise<void>) => {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < everyMs) return;
    await nextMacrotask();
    last = Date.now();
  };
};
