/**
 * The name the user probably meant: a mistyped option (`--plam` → `--plan`), command or plan id.
 * Names are compared by edit distance (a swap of two letters counts once); a name is suggested
 * only when it is close for its length, and only when it is the one closest name.
 */

/** Edit distance with adjacent transpositions (optimal string alignment). */
export const editDistance = (a: string, b: string): number => {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
};

/** The known name closest to `typed`, or null when none is close (at most a third of its letters changed, or a prefix). */
export const suggestName = (typed: string, known: readonly string[]): string | null => {
  const wanted = typed.toLowerCase();
  let best: { name: string; distance: number } | null = null;
  let tie = false;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const bare = candidate.replace(/^-+/, "");
    const bareTyped = wanted.replace(/^-+/, "");
    const distance = bareTyped.length >= 3 && bare.startsWith(bareTyped) ? 0.5 : editDistance(bareTyped, bare);
    if (distance > Math.max(1, Math.floor(bare.length / 3))) continue;
    if (best === null || distance < best.distance) {
      best = { name, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best.name : null;
};
