import type { Nomination } from "../model";
import { toMatchKey } from "../text/normalize";

/**
 * Each nomination's name key (`toMatchKey(name)`) as a small number: −1 for a name without letters
 * or digits, else the same number for the same key. Made once per list of nominations for the
 * duplicate check and every quota, group and period counted over them.
 */
export interface NomineeIndex {
  ids: Int32Array;
  /** How many distinct keys (ids run from 0 to distinct − 1). */
  distinct: number;
  /** Whether any row gives a birth year: without one, a name counts once whoever wrote it. */
  anyBirthYear: boolean;
  /** Scratch for counting each name once in a pass: `seen[id] === stamp` when counted in it. */
  seen: Int32Array;
  stamp: number;
}

/** Indexes the nominations' names; `keys` (each `toMatchKey(n.name)`, in order) when the caller made them already. */
export const indexNominees = (nominations: readonly Nomination[], keys?: readonly string[]): NomineeIndex => {
  const idOfKey = new Map<string, number>();
  const ids = new Int32Array(nominations.length);
  let anyBirthYear = false;
  for (let i = 0; i < nominations.length; i++) {
    const n = nominations[i] as Nomination;
    if (n.birthYear !== undefined) anyBirthYear = true;
    const key = keys?.[i] ?? toMatchKey(n.name);
    if (key === "") {
      ids[i] = -1;
      continue;
    }
    let id = idOfKey.get(key);
    if (id === undefined) idOfKey.set(key, (id = idOfKey.size));
    ids[i] = id;
  }
  return { ids, distinct: idOfKey.size, anyBirthYear, seen: new Int32Array(0), stamp: 0 };
};

/** Starts a pass that counts each name once: the scratch marks of earlier passes no longer count. */
export const startNomineePass = (index: NomineeIndex): { seen: Int32Array; stamp: number } => {
  if (index.seen.length < index.distinct) index.seen = new Int32Array(index.distinct);
  index.stamp++;
  return { seen: index.seen, stamp: index.stamp };
};
