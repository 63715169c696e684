/**
 * Copies of texts that share no storage with the strings they were taken from.
 *
 * A JavaScript engine may hand a text read from a file over as a view into a much larger string:
 * V8 keeps a substring of 13 characters or more as a "sliced string" of its parent, and an .xlsx
 * reader's cell texts are such views into the whole XML of the workbook's shared strings. A report
 * that kept one of them would keep that whole part of the file alive until consolidation, for
 * every file of a country. Texts a report keeps are copied out once; the copy is equal in every
 * other respect (same characters), so no result changes.
 */

/** Below this length V8 always copies a substring (and never builds a rope): the text is its own. */
const SHORTEST_SHARED = 13;

/** A copy of `text` that holds its own characters (the text itself when it is too short to be a view). */
export const ownText = (text: string): string =>
  // JSON.parse makes every string it reads afresh, from the characters alone.
  text.length < SHORTEST_SHARED ? text : (JSON.parse(JSON.stringify(text)) as string);

/**
 * `ownText` for the texts of one sheet, made once per distinct text: the rows' equal texts (a
 * movement, a position on every row) then also share one copy.
 */
export const makeTextOwner = (): ((text: string) => string) => {
  const owned = new Map<string, string>();
  return (text) => {
    if (text.length < SHORTEST_SHARED) return text;
    let copy = owned.get(text);
    if (copy === undefined) {
      copy = ownText(text);
      owned.set(text, copy);
    }
    return copy;
  };
};
