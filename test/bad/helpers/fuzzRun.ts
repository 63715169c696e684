import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findWorkbookPart, readRelationships, readWorkbookEntry } from "../../../src/xlsx/ooxml/workbookParts";
import { openZipParts } from "../../../src/xlsx/ooxml/zipParts";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { STACK_LINE } from "../../helpers/runCli";
import { runInProcess, sha256 } from "./inProcess";
import type { Mutant } from "./mutateWorkbook";

/**
 * The rules every file is held to, whatever it claims, checked on one mutant through `check`
 * and `check --out` in this process: answered within the time budget, exit 0, 1 or 2, at most one
 * Vietnamese sentence on stderr (never "Lỗi không mong đợi", never a stack), the input unchanged,
 * no temporary file left, and a marked copy that is whole (the product reads it as it read the
 * input, it opens on "Kết quả kiểm tra") or none at all.
 */

/** Seconds a file may take on two shared cores. */
export const SECONDS_PER_FILE = 20;

export interface MutantResult {
  violations: string[];
  /** The slower of the two runs. */
  ms: number;
  codes: [number, number];
}

const ONE_SENTENCE = /^Lỗi: [^\n]+$/u;

/**
 * The tab a workbook opens on, its sheets found as the product finds them (a mutant's damaged
 * relationships read as the product reads them, not as a test's simpler reader would).
 */
const openingTab = (bytes: Uint8Array): string => {
  const zip = openZipParts(bytes);
  const workbook = findWorkbookPart(zip);
  const { sheets } = readWorkbookEntry(zip, workbook, readRelationships(zip, workbook));
  const active = Number(/<(?:\w+:)?workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(zip.text(workbook) ?? "")?.[1] ?? 0);
  return sheets[active]?.name ?? "";
};

export const checkMutant = async (mutant: Mutant, dir: string): Promise<MutantResult> => {
  const input = join(dir, "don-vi.xlsx");
  const out = join(dir, "don-vi - kiem tra.xlsx");
  rmSync(out, { force: true });
  writeFileSync(input, mutant.bytes);
  const hash = sha256(mutant.bytes);
  const violations: string[] = [];
  const timed = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> => {
    const started = performance.now();
    const r = await runInProcess(args);
    return { ...r, ms: performance.now() - started };
  };
  const json = await timed(["check", input, "--plan", mutant.plan, "--json"]);
  const marked = await timed(["check", input, "--plan", mutant.plan, "--out", out]);
  for (const [what, r] of [["check", json], ["check --out", marked]] as const) {
    if (![0, 1, 2].includes(r.code)) violations.push(`${what}: exit ${r.code}`);
    if (r.stderr !== "" && !ONE_SENTENCE.test(r.stderr)) violations.push(`${what}: stderr is not one sentence: ${r.stderr.slice(0, 300)}`);
    if (STACK_LINE.test(r.stderr) || STACK_LINE.test(r.stdout)) violations.push(`${what}: a stack trace`);
    if (r.ms > SECONDS_PER_FILE * 1000) violations.push(`${what}: ${Math.round(r.ms)} ms`);
    if ((r.code === 2) !== (r.stderr !== "")) violations.push(`${what}: exit ${r.code} with stderr "${r.stderr.slice(0, 100)}"`);
  }
  if (json.code !== 2) {
    try {
      JSON.parse(json.stdout);
    } catch {
      violations.push("check --json: stdout is not JSON");
    }
  }
  if (marked.code === 2 && existsSync(out)) violations.push("check --out refused the file but wrote a copy");
  if (marked.code !== 2) {
    if (!existsSync(out)) violations.push("check --out: no copy written");
    else {
      const copy = new Uint8Array(readFileSync(out));
      try {
        // Read as the product reads a file (exceljs as its second opinion): as well as the input was.
        await readWorkbookBytes(copy, "ban-sao.xlsx");
        const tab = openingTab(copy);
        if (!tab.startsWith("Kết quả kiểm tra")) violations.push(`check --out: the copy opens on "${tab}"`);
      } catch (e) {
        violations.push(`check --out: the copy does not read back (${e instanceof Error ? e.message : String(e)})`);
      }
    }
  }
  if (sha256(readFileSync(input)) !== hash) violations.push("the input was changed");
  const temps = readdirSync(dir).filter((f) => f.endsWith(".tmp"));
  if (temps.length > 0) violations.push(`temporary files left: ${temps.join(", ")}`);
  return { violations, ms: Math.max(json.ms, marked.ms), codes: [json.code, marked.code] };
};
