/// <reference types="office-js" />
/**
 * Batches that stay under Excel on the web's 5 MB per request and per response. Desktop Excel
 * has no cap: there every batch is one sync, whatever its size. On the web, parts are packed into
 * syncs by their weighed size (so no refused round trip is paid for what can be foreseen), and a
 * batch the host still refuses is halved — it executed nothing, so it is simply sent again smaller.
 */
import { readErrorCode } from "./runInExcel";
import { toRequestBudget } from "./requestSize";

const PAYLOAD_TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);

export function isPayloadTooLarge(error: unknown): boolean {
  return PAYLOAD_TOO_LARGE.has(readErrorCode(error));
}

/**
 * Queues a part's calls and returns the function that collects its loads once synced. It may be
 * called again for the same part when a refused batch is resent: it must only queue.
 */
export type QueuePart<P> = (part: P) => () => void;

/** Smaller parts covering the same cells, or null when the part cannot be split further. */
export type SplitPart<P> = (part: P) => Promise<P[] | null>;

export interface PartSync<P> {
  queue: QueuePart<P>;
  split: SplitPart<P>;
  /** The part's estimated bytes in a request (or in a response, where that is larger and known). */
  weigh?: (part: P) => number;
}

/**
 * Syncs `parts` in order. Without `requestLimit` (desktop) all are queued before one sync; with
 * it, consecutive parts are packed into syncs of at most the limit's budget by `weigh`. A batch
 * refused as too large is halved, and a single part split, until each fits; a part that cannot be
 * split and is still refused fails with the host's error. Parts are synced in their order, so a
 * caller orders them so that stopping after any sync leaves the workbook in a state it can undo.
 */
export async function syncInParts<P>(context: Excel.RequestContext, parts: readonly P[], how: PartSync<P>, requestLimit?: number): Promise<void> {
  for (const batch of packParts(parts, how.weigh, requestLimit)) await syncBatch(context, batch, how);
}

/** Consecutive parts whose weights add up to at most the budget; a heavier part goes alone. */
export function packParts<P>(parts: readonly P[], weigh: ((part: P) => number) | undefined, requestLimit: number | undefined): P[][] {
  if (parts.length === 0) return [];
  if (requestLimit === undefined || weigh === undefined) return [[...parts]];
  const budget = toRequestBudget(requestLimit);
  const batches: P[][] = [];
  let batch: P[] = [];
  let bytes = 0;
  for (const part of parts) {
    const weight = weigh(part);
    if (batch.length > 0 && bytes + weight > budget) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(part);
    bytes += weight;
  }
  batches.push(batch);
  return batches;
}

async function syncBatch<P>(context: Excel.RequestContext, parts: readonly P[], how: PartSync<P>): Promise<void> {
  if (parts.length === 0) return;
  const collectors = parts.map(how.queue);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    await retryInHalves(context, parts, how, error);
    return;
  }
  for (const collect of collectors) collect();
}

async function retryInHalves<P>(context: Excel.RequestContext, parts: readonly P[], how: PartSync<P>, error: unknown): Promise<void> {
  if (parts.length > 1) {
    const middle = Math.ceil(parts.length / 2);
    await syncBatch(context, parts.slice(0, middle), how);
    await syncBatch(context, parts.slice(middle), how);
    return;
  }
  const [only] = parts;
  const pieces = only === undefined ? null : await how.split(only);
  if (!pieces || pieces.length < 2) throw error;
  await syncBatch(context, pieces, how);
}

/**
 * A part of a batch that knows its own weight: a write (whose collector does nothing) or a read.
 * `split` gives smaller parts doing the same, where the part can be cut (rows of a values block).
 */
export interface RequestPiece {
  bytes: number;
  queue(): () => void;
  split?(): RequestPiece[] | null;
}

const PIECE_SYNC: PartSync<RequestPiece> = {
  queue: (piece) => piece.queue(),
  split: (piece) => Promise.resolve(piece.split?.() ?? null),
  weigh: (piece) => piece.bytes,
};

/** Syncs pieces in order, packed under `requestLimit` when the host has one (see syncInParts). */
export function syncPieces(context: Excel.RequestContext, pieces: readonly RequestPiece[], requestLimit?: number): Promise<void> {
  return syncInParts(context, pieces, PIECE_SYNC, requestLimit);
}

const NOTHING_TO_COLLECT = (): void => undefined;

/** A write: `queue` queues its calls, nothing comes back. */
export function writePiece(bytes: number, queue: () => void, split?: () => RequestPiece[] | null): RequestPiece {
  const piece: RequestPiece = {
    bytes,
    queue: () => {
      queue();
      return NOTHING_TO_COLLECT;
    },
  };
  if (split) piece.split = split;
  return piece;
}
