import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeFileProblem, formatFileProblem } from "../../src/core/files/fileProblems";
import { BUDGET, runMeasured, type BudgetRun } from "./helpers/budget";
import { HOSTILE_WORKBOOKS } from "./helpers/hostileWorkbooks";
import { hashFolder, PLAN } from "./helpers/inProcess";
import { buildRawXlsx } from "./helpers/rawXlsx";
import { listRows } from "./helpers/unitList";

/**
 * Files made to attack the reader (helpers/hostileWorkbooks.ts), each through `check`,
 * `check --out`, and all of them at once through `consolidate` beside a good list, in one child
 * process whose peak memory is measured: each answered within the budget (20 s, 1 GB), refused in
 * the one sentence that names the file, the sheet and the cell, or read and marked; the inputs
 * unchanged; one bad file never stopping the others.
 */

const dir = mkdtempSync(join(tmpdir(), "dienhinh-hostile-"));
const units = join(dir, "don-vi");
const at = (file: string): string => join(units, file);
const copyOf = (file: string): string => join(dir, `${file}.kiem-tra.xlsx`);
let run: BudgetRun;
let hashesBefore: Record<string, string>;

beforeAll(async () => {
  mkdirSync(units);
  for (const h of HOSTILE_WORKBOOKS) writeFileSync(at(h.file), h.make());
  writeFileSync(at("Xa_Muong_Bang.xlsx"), buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Mường Báng") }] }));
  hashesBefore = hashFolder(units);
  run = await runMeasured(
    [
      ...HOSTILE_WORKBOOKS.flatMap((h) => [
        ["check", at(h.file), "--plan", PLAN, "--json"],
        ["check", at(h.file), "--plan", PLAN, "--out", copyOf(h.file)],
      ]),
      ["consolidate", units, "--plan", PLAN, "--json", "--out", join(dir, "tong-hop.xlsx")],
    ],
    dir,
  );
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(HOSTILE_WORKBOOKS.map((h, i) => [h.file, h.what, h, i] as const))("%s (%s)", (file, _what, h, i) => {
  const sentence = typeof h.expect === "string" ? null : `Lỗi: ${formatFileProblem({ ...h.expect.refused, file })}`;

  it(`check and check --out: answered within ${BUDGET.seconds} s, ${sentence ? "refused in one sentence, no copy" : "read, the copy written"}`, () => {
    const [checked, marked] = [run.results[2 * i], run.results[2 * i + 1]];
    expect([checked?.ms, marked?.ms].every((ms) => ms !== undefined && ms < BUDGET.seconds * 1000)).toBe(true);
    if (sentence) {
      expect([checked, marked].map((r) => ({ code: r?.code, stdout: r?.stdout, stderr: r?.stderr }))).toStrictEqual([
        { code: 2, stdout: "", stderr: sentence },
        { code: 2, stdout: "", stderr: sentence },
      ]);
      expect(existsSync(copyOf(file))).toBe(false);
    } else {
      expect({ codes: [checked?.code, marked?.code].map((c) => c === 0 || c === 1), stderr: [checked?.stderr, marked?.stderr], copy: existsSync(copyOf(file)) }).toStrictEqual({
        codes: [true, true],
        stderr: ["", ""],
        copy: true,
      });
    }
  });
});

describe("all of them in one folder", () => {
  it("consolidate: the good list read, each refused file skipped with its reason, within the budget", () => {
    const last = run.results[run.results.length - 1];
    const json = JSON.parse(last?.stdout ?? "{}") as { units: { unit: string }[]; skipped: { file: string; sheet: string | null; reason: string }[] };
    const refused = HOSTILE_WORKBOOKS.flatMap((h) => (typeof h.expect === "string" ? [] : [{ file: h.file, sheet: null, reason: describeFileProblem({ ...h.expect.refused, file: h.file }) }]));
    expect({ ms: (last?.ms ?? Infinity) < BUDGET.seconds * 1000, stderr: last?.stderr, hasGoodUnit: json.units.some((u) => u.unit === "Xã Mường Báng") }).toStrictEqual({ ms: true, stderr: "", hasGoodUnit: true });
    expect(json.skipped.filter((s) => s.sheet === null).sort((a, b) => a.file.localeCompare(b.file))).toStrictEqual(refused.sort((a, b) => a.file.localeCompare(b.file)));
  });

  it(`the whole run's peak memory stays under ${BUDGET.megabytes} MB`, () => {
    expect(run.peakMb).toBeLessThan(BUDGET.megabytes);
  });

  it("every input keeps its bytes", () => {
    expect(hashFolder(units)).toStrictEqual(hashesBefore);
    expect(readFileSync(at("Xa_Muong_Bang.xlsx")).length).toBeGreaterThan(0);
  });
});
