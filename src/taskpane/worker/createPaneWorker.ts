/**
 * The browser pane's worker, as webpack bundles it (a chunk of its own, fetched when first
 * needed). Only index.tsx imports this file: it is the one place written for the bundler.
 */
export const createPaneWorker = (): Worker =>
  // webpack turns `new URL(…, import.meta.url)` into the worker chunk's address; no CommonJS build ever loads this file.
  new Worker(new URL("./paneWorker.ts", import.meta.url), { name: "dienhinh" });
