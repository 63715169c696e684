import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkMutant, SECONDS_PER_FILE } from "./helpers/fuzzRun";
import { listFuzzSources, makeMutant } from "./helpers/mutateWorkbook";

/**
 * Fuzz, briefly: mutants of the repository's own workbooks (XML and zip level, seeded) through
 * `check` and `check --out`, each held to the budget and the rules of helpers/fuzzRun.ts. The
 * longer run is `npm run fuzz` (scripts/fuzzReader.ts), with the same mutants and rules.
 */

const SEED = 15;
const COUNT = 60;
/** What this process may hold at most: the budget of one file is 1 GB, jest's own share included. */
const MAX_RSS_BYTES = 1024 * 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), "dienhinh-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`${COUNT} mutants (seed ${SEED}): every one answered within ${SECONDS_PER_FILE} s in one sentence or a report, input unchanged, copy whole or none`, async () => {
  const sources = listFuzzSources().map((s) => ({ ...s, bytes: new Uint8Array(readFileSync(s.file)) }));
  const failures: string[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < COUNT; i++) {
    const mutant = makeMutant(SEED, i, sources);
    const result = await checkMutant(mutant, dir);
    codes.add(result.codes.join("/"));
    for (const v of result.violations) failures.push(`${mutant.name}: ${v}`);
  }
  expect(failures).toStrictEqual([]);
  // The mutants reach both ends: files refused and files read.
  expect([...codes].some((c) => c.startsWith("2")) && [...codes].some((c) => !c.startsWith("2"))).toBe(true);
  expect(process.memoryUsage().rss).toBeLessThan(MAX_RSS_BYTES);
}, 300_000);
