/// <reference types="office-js" />
import { readErrorCode } from "./runInExcel";

const PAYLOAD_TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);

export function isPayloadTooLarge(error: unknown): boolean {
  return PAYLOAD_TOO_LARGE.has(readErrorCode(error));
}

/**
 * Queues a part's loads and returns the function that collects them once synced.
 */
export type QueuePart<P> = (part: P) => () => void;

/** Smaller parts covering the same cells, or null when the part cannot be split further. */
export type SplitPart<P> = (part: P) => Promise<P[] | null>;

/**
 * Queues every part, then syncs once. A batch is one request and one response, so queueing row
 * blocks before a single sync does not get under Excel on the web's 5 MB cap; only when the host
 * refuses the size are the parts halved over more syncs. Desktop Excel has no such cap and always
 * takes the single sync.
 */
export async function syncInParts<P>(
  context: Excel.RequestContext,
  parts: readonly P[],
  queue: QueuePart<P>,
  split: SplitPart<P>,
): Promise<void> {
  if (parts.length === 0) return;
  const collectors = parts.map(queue);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    await retryInHalves(context, parts, queue, split, error);
    return;
  }
  for (const collect of collectors) collect();
}

async function retryInHalves<P>(
  context: Excel.RequestContext,
  parts: readonly P[],
  queue: QueuePart<P>,
  split: SplitPart<P>,
  error: unknown,
): Promise<void> {
  if (parts.length > 1) {
    const middle = Math.ceil(parts.length / 2);
    await syncInParts(context, parts.slice(0, middle), queue, split);
    await syncInParts(context, parts.slice(middle), queue, split);
    return;
  }
  const [only] = parts;
  const pieces = only === undefined ? null : await split(only);
  if (!pieces || pieces.length < 2) throw error;
  await syncInParts(context, pieces, queue, split);
}
