/**
 * What the add-on remembers per spreadsheet, in its document properties: the plan chosen and the
 * units registry. A property holds 9 KB, so a long value is kept in numbered pieces.
 */
import type { SheetValues } from "../../core/model";
import type { PropertiesLike } from "./host";

const PLAN_KEY = "dienhinh.planId";
const REGISTRY_KEY = "dienhinh.registry";
/** Characters a piece: 9 KB even when every character takes three bytes in UTF-8. */
const PIECE = 3000;

/** A units registry as the pane keeps it: where it came from, and its sheet's values, read again under each plan. */
export interface SavedRegistry {
  source: string;
  sheet: SheetValues;
}

export interface SheetsSettings {
  planId: string | null;
  registry: SavedRegistry | null;
}

function readPieces(props: PropertiesLike, key: string): string | null {
  const count = Number(props.getProperty(`${key}.count`));
  if (!Number.isInteger(count) || count <= 0) return null;
  let text = "";
  for (let i = 0; i < count; i++) text += props.getProperty(`${key}.${i}`) ?? "";
  return text;
}

function writePieces(props: PropertiesLike, key: string, text: string | null): void {
  const before = Number(props.getProperty(`${key}.count`)) || 0;
  const pieces: string[] = [];
  for (let at = 0; text !== null && at < text.length; at += PIECE) pieces.push(text.slice(at, at + PIECE));
  pieces.forEach((piece, i) => props.setProperty(`${key}.${i}`, piece));
  for (let i = pieces.length; i < before; i++) props.deleteProperty(`${key}.${i}`);
  if (pieces.length > 0) props.setProperty(`${key}.count`, String(pieces.length));
  else props.deleteProperty(`${key}.count`);
}

/** What cannot be read as a registry (an older shape, a damaged property) is no registry. */
function parseRegistry(text: string | null): SavedRegistry | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { source?: unknown; sheet?: { name?: unknown; rows?: unknown } };
    if (typeof v.source !== "string" || typeof v.sheet?.name !== "string" || !Array.isArray(v.sheet.rows)) return null;
    return { source: v.source, sheet: v.sheet as SheetValues };
  } catch {
    return null;
  }
}

export function loadSettings(props: PropertiesLike | null): SheetsSettings {
  if (!props) return { planId: null, registry: null };
  return { planId: props.getProperty(PLAN_KEY), registry: parseRegistry(readPieces(props, REGISTRY_KEY)) };
}

export function savePlanId(props: PropertiesLike | null, planId: string): void {
  props?.setProperty(PLAN_KEY, planId);
}

export function saveRegistry(props: PropertiesLike | null, registry: SavedRegistry | null): void {
  if (props) writePieces(props, REGISTRY_KEY, registry ? JSON.stringify(registry) : null);
}
