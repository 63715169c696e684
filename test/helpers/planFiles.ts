/** Reading and inspecting the plan files of templates/plans, shared by the seed plan tests. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parsePlanText } from "../../src/core/plan/parsePlan";
import type { Plan } from "../../src/core/plan/schema";
import { toMatchKey } from "../../src/core/text/normalize";

export const PLANS_DIR = join(__dirname, "..", "..", "templates", "plans");
export const planFiles = readdirSync(PLANS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
export const readPlanFile = (file: string): string => readFileSync(join(PLANS_DIR, file), "utf8");

export const loadPlan = (file: string): Plan => {
  const result = parsePlanText(readPlanFile(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.plan;
};

export const findById = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (found === undefined) throw new Error(`no "${id}"`);
  return found;
};

export const ALLOWED_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B"]);
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
export const ALLOWED_NON_LETTERS = /^[\p{N} .,;:()\-–/“”"'%…+&?!]$/u;

/**
 * Returns the reasons a string cannot be clean Vietnamese (empty when it is): OCR of scans leaves
 * "tién" for "tiến", "guong" for "gương", "s6" for "số", "Pang" for "Đảng" and stray symbols.
 */
export const findOcrDebris = (text: string): string[] => {
  const problems: string[] = [];
  if (text !== text.normalize("NFC")) problems.push("not NFC");
  const nfc = text.normalize("NFC");
  if (nfc !== nfc.trim() || /\s{2}/u.test(nfc)) problems.push("spacing");
  for (const ch of nfc) {
    if (!/\p{L}/u.test(ch) && !ALLOWED_NON_LETTERS.test(ch)) problems.push(`character ${JSON.stringify(ch)}`);
  }
  if (/\p{Ll}\d|\d\p{Ll}/u.test(nfc)) problems.push("digit inside a word");
  for (const word of nfc.match(/\p{L}+/gu) ?? []) {
    const decomposed = word.normalize("NFD");
    const badLetter = [...decomposed].find((ch) => !/[a-zA-ZđĐ]/u.test(ch) && !ALLOWED_MARKS.has(ch));
    if (badLetter !== undefined) problems.push(`${word}: letter ${JSON.stringify(badLetter)}`);
    if ((decomposed.match(TONE_MARKS) ?? []).length > 1) problems.push(`${word}: two tone marks`);
    const shape = decomposed.replace(TONE_MARKS, "").normalize("NFC").toLowerCase();
    if (/[iy]e/u.test(shape)) problems.push(`${word}: "ie" without circumflex`);
    if (/uo/u.test(shape)) problems.push(`${word}: "uo" without horn`);
    if (/^p(?!h)/u.test(shape)) problems.push(`${word}: "P" for "Đ"`);
  }
  return problems;
};

/** Keys whose string values are ids, enums or file names rather than Vietnamese text. */
export const NON_TEXT_KEYS = new Set(["id", "level", "metric", "type", "field", "group", "period", "groupBy", "quotaId", "kinds", "subjectKinds", "unitKinds", "fields", "movements", "movement", "flags", "kind", "source"]);

/** Every Vietnamese text in a JSON value, with its path: `criteria[3].aliases[0]`. */
export const collectTexts = (value: unknown, path: string, key: string, out: { path: string; text: string }[]): { path: string; text: string }[] => {
  if (typeof value === "string") {
    if (!NON_TEXT_KEYS.has(key)) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, key, out));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) collectTexts(v, path ? `${path}.${k}` : k, k, out);
  }
  return out;
};

export interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode; element?: SchemaNode; options?: SchemaNode[] } };
}

/** Key paths a schema allows, arrays written `[]`: `quotas[].bound.percentOfStaff`. */
export const collectSchemaKeys = (node: SchemaNode, path: string, out: Set<string>): Set<string> => {
  const def = node._zod.def;
  if (def.type === "object" && def.shape) {
    for (const [k, child] of Object.entries(def.shape)) {
      const childPath = path ? `${path}.${k}` : k;
      out.add(childPath);
      collectSchemaKeys(child, childPath, out);
    }
  } else if ((def.type === "optional" || def.type === "default") && def.innerType) {
    collectSchemaKeys(def.innerType, path, out);
  } else if (def.type === "array" && def.element) {
    collectSchemaKeys(def.element, `${path}[]`, out);
  } else if (def.type === "union" && def.options) {
    for (const option of def.options) collectSchemaKeys(option, path, out);
  }
  return out;
};

/** Key paths present in a JSON value, in the same notation. */
export const collectValueKeys = (value: unknown, path: string, out: Set<string>): Set<string> => {
  if (Array.isArray(value)) {
    for (const item of value) collectValueKeys(item, `${path}[]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const childPath = path ? `${path}.${k}` : k;
      out.add(childPath);
      collectValueKeys(v, childPath, out);
    }
  }
  return out;
};

/** Match keys (diacritics, case, spacing ignored) claimed by more than one entry of a list. */
export const findAmbiguousNames = (entries: { id: string; names: string[] }[]): string[] => {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const name of entry.names) {
      const key = toMatchKey(name);
      owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
};

/** Which entry of a list a sheet's text names, through its name or aliases, as a reader would match it. */
export const resolveName = (list: { id: string; name: string; aliases: string[] }[], text: string): string | undefined =>
  list.find((x) => [x.name, ...x.aliases].some((n) => toMatchKey(n) === toMatchKey(text)))?.id;

