import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkMutant } from "../test/bad/helpers/fuzzRun";
import { listFuzzSources, makeMutant } from "../test/bad/helpers/mutateWorkbook";

/**
 * The long fuzz run of the reader and the marked copy: `npm run fuzz -- [--count N] [--seed S]`
 * (default 2,000 mutants, seed 1). The same mutants and rules as test/bad/fuzz.test.ts, which
 * runs a few dozen inside `npm test`. Each mutant that breaks a rule is saved under out/fuzz/ to
 * be tried again by hand; the run ends with the slowest mutants and the process's peak memory,
 * and exits 1 when any rule was broken.
 */

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isInteger(value) && value >= 0 ? value : fallback;
};

const MAX_RSS_KB = 1024 * 1024;

const main = async (): Promise<void> => {
  const count = option("--count", 2000);
  const seed = option("--seed", 1);
  const sources = listFuzzSources().map((s) => ({ ...s, bytes: new Uint8Array(readFileSync(s.file)) }));
  const dir = mkdtempSync(join(tmpdir(), "dienhinh-fuzz-"));
  const saved = join(__dirname, "..", "out", "fuzz");
  const slowest: { name: string; ms: number }[] = [];
  let broken = 0;
  let refused = 0;
  const started = performance.now();
  try {
    for (let i = 0; i < count; i++) {
      const mutant = makeMutant(seed, i, sources);
      const result = await checkMutant(mutant, dir);
      if (result.codes[0] === 2) refused++;
      slowest.push({ name: mutant.name, ms: result.ms });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (result.violations.length > 0) {
        broken++;
        mkdirSync(saved, { recursive: true });
        const file = join(saved, `mutant-${seed}-${i}.xlsx`);
        writeFileSync(file, mutant.bytes);
        process.stdout.write(`✗ ${mutant.name} (plan ${mutant.plan}, saved ${file}):\n${result.violations.map((v) => `    ${v}`).join("\n")}\n`);
      }
      if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${count} mutants, ${broken} broke a rule, ${Math.round((performance.now() - started) / 1000)} s\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peakKb = process.resourceUsage().maxRSS;
  process.stdout.write(`\n${count} mutants (seed ${seed}) in ${Math.round((performance.now() - started) / 1000)} s; ${broken} broke a rule.\n`);
  process.stdout.write(`Refused: ${refused}; read: ${count - refused}.\n`);
  process.stdout.write(`Slowest: ${slowest.map((s) => `${s.name} ${Math.round(s.ms)} ms`).join("; ")}.\n`);
  process.stdout.write(`Peak memory of the run: ${Math.round(peakKb / 1024)} MB (budget ${MAX_RSS_KB / 1024} MB).\n`);
  if (broken > 0 || peakKb > MAX_RSS_KB) process.exitCode = 1;
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
