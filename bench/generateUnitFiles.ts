/**
 * Writes the country's unit files once into a temp folder and reuses them on later runs (a stamp
 * file records what was written). Writer processes (bench/writeUnitFiles.ts) share the work.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { describeBenchUnit } from "./unitSheets";

/** Bump when the files' content changes, so a stale cache is rewritten. */
const DATA_VERSION = 2;
export const COUNTRY_UNITS = 3321;
export const ROWS_PER_FILE = 60;

export const benchDataDir = (): string => join(tmpdir(), `dienhinh-bench-v${DATA_VERSION}`);

const runWriter = (dir: string, from: number, to: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "writeUnitFiles.ts"), dir, String(from), String(to), String(ROWS_PER_FILE)], { stdio: "inherit", cwd: join(__dirname, "..") });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer ${from}–${to} exited with ${code}`))));
  });

/** The folder holding the 3,321 files (written now if missing); the file paths in order. */
export const ensureUnitFiles = async (log: (line: string) => void): Promise<{ dir: string; files: string[]; generatedMs: number | null }> => {
  const dir = benchDataDir();
  const stamp = join(dir, "stamp.json");
  const files = Array.from({ length: COUNTRY_UNITS }, (_, i) => join(dir, describeBenchUnit(i).file));
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, "utf8")).count === COUNTRY_UNITS) return { dir, files, generatedMs: null };
  mkdirSync(dir, { recursive: true });
  log(`Writing ${COUNTRY_UNITS} unit files of ${ROWS_PER_FILE} rows into ${dir} (once)…`);
  const started = performance.now();
  const writers = Math.max(1, Math.min(cpus().length, 4));
  const per = Math.ceil(COUNTRY_UNITS / writers);
  await Promise.all(Array.from({ length: writers }, (_, w) => runWriter(dir, w * per, Math.min(COUNTRY_UNITS, (w + 1) * per))));
  const generatedMs = performance.now() - started;
  writeFileSync(stamp, JSON.stringify({ version: DATA_VERSION, count: COUNTRY_UNITS, rows: ROWS_PER_FILE }));
  return { dir, files, generatedMs };
};
