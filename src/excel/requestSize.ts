/**
 * What the calls of a batch weigh in the request office.js sends at `context.sync()`. Excel on
 * the web refuses a request over 5 MB (`RequestPayloadSizeLimitExceeded`); desktop Excel has no
 * such cap. office.js sends a batch as JSON `{"Actions":[…],"ObjectPaths":{…}}`:
 * - each proxy made by a method (`getRange("A1")`, `getRanges(list)`, `notes.getItemOrNullObject(cell)`)
 *   is an object path record with its arguments, plus an action that instantiates it;
 * - each property set, method call or load is an action record with its arguments:
 *   `{"Id":812,"ActionType":4,"Name":"Values","ObjectPathId":811,"ArgumentInfo":{"Arguments":[…]}}`.
 * So a call weighs a fixed record plus its arguments as JSON in UTF-8. The fixed parts below are
 * rounded up from such records, and parts are packed to a share of the limit, not to the limit.
 */

/** One action record without its arguments (ids of 5–7 digits, a property name). */
export const ACTION_BYTES = 100;
/** One object path record and the action that instantiates it, without arguments. */
export const PATH_BYTES = 170;
/** Excel on the web's cap on one request (and on one response). */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Parts are packed up to this share of the host's limit: the estimate leaves out the envelope and shared paths. */
export const REQUEST_BUDGET_SHARE = 0.8;

/** Bytes of `text` in UTF-8, as it goes over the wire (Vietnamese letters take 2–3 each). */
export function measureUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** A value as JSON in UTF-8: arguments are sent so (escapes included). */
export function measureJsonBytes(value: unknown): number {
  return measureUtf8Bytes(JSON.stringify(value) ?? "null");
}

/** A proxy made by a method with `args` (its path and instantiation). */
export function weighPath(...args: unknown[]): number {
  return PATH_BYTES + measureJsonBytes(args);
}

/** A property set or method call with `args`. */
export function weighAction(...args: unknown[]): number {
  return ACTION_BYTES + measureJsonBytes(args);
}

/** The bytes parts are packed to on a host that caps requests at `limit`. */
export function toRequestBudget(limit: number): number {
  return Math.floor(limit * REQUEST_BUDGET_SHARE);
}
