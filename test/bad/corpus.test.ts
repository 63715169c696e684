import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listBadFixtures } from "../../scripts/makeBadFixtures";
import { describeFileProblem, formatFileProblem } from "../../src/core/files/fileProblems";
import { STACK_LINE } from "../helpers/runCli";
import { EXPECTATIONS, type Expectation, type ReadOutcome } from "./helpers/expectations";
import { BAD_DIR, hashFolder, PLAN, runInProcess, type Captured } from "./helpers/inProcess";
import { buildRawXlsx } from "./helpers/rawXlsx";
import { listRows } from "./helpers/unitList";

/**
 * Every file of the bad-input corpus through `check` and through `consolidate` (beside a good
 * list, and alone), in this process: what the officer is told, the exit code, the reason a file
 * is skipped, no output left by a failed run, and the corpus's bytes unchanged.
 */

const fixtures = listBadFixtures();
const dir = mkdtempSync(join(tmpdir(), "dienhinh-bad-"));
const GOOD = join(dir, "Xa_Muong_Bang.xlsx");
const hashesBefore = hashFolder(BAD_DIR);

interface Runs {
  check: Captured;
  checkOut: string;
  pair: Captured;
  pairOut: string;
  alone: Captured;
  aloneOut: string;
}
const runs = new Map<string, Runs>();
let folder: Captured;
const FOLDER_OUT = join(dir, "tong-hop-ca-thu-muc.xlsx");

beforeAll(async () => {
  writeFileSync(GOOD, buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Mường Báng", [["Lò Văn Pó", "Cá nhân", "Trưởng bản", "Cả nước chung sức xây dựng nông thôn mới", "Vận động hiến đất làm đường", "x", "x", "x", "x", "01/11/2021"]]) }] }));
  for (const f of fixtures) {
    const input = join(BAD_DIR, f.file);
    const r = { checkOut: join(dir, `${f.file}.kiem-tra.xlsx`), pairOut: join(dir, `${f.file}.tong-hop.xlsx`), aloneOut: join(dir, `${f.file}.rieng.xlsx`) };
    // A CSV has no workbook to annotate: check refuses --out for it (tested below).
    const out = f.file.endsWith(".csv") ? [] : ["--out", r.checkOut];
    runs.set(f.file, {
      ...r,
      check: await runInProcess(["check", input, "--plan", PLAN, "--json", ...out]),
      pair: await runInProcess(["consolidate", input, GOOD, "--plan", PLAN, "--json", "--out", r.pairOut]),
      alone: await runInProcess(["consolidate", input, "--plan", PLAN, "--json", "--out", r.aloneOut]),
    });
  }
  folder = await runInProcess(["consolidate", BAD_DIR, GOOD, "--plan", PLAN, "--json", "--out", FOLDER_OUT]);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runsOf = (file: string): Runs => {
  const r = runs.get(file);
  if (!r) throw new Error(`no runs for ${file}`);
  return r;
};

/** An officer's sentence: one line, Vietnamese, says what to do, never a stack trace. */
const expectOneSentence = (stderr: string, mentions: readonly string[]): void => {
  expect(stderr).not.toMatch(STACK_LINE);
  expect(stderr.split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^Lỗi: .*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*; hãy .*\.$/iu);
  for (const m of mentions) expect(stderr).toContain(m);
};

const openWorkbook = async (path: string): Promise<string[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
};

const parseJson = <T>(c: Captured): T => JSON.parse(c.stdout) as T;
type ConsolidationJson = { units: { unit: string; rows: number }[]; skipped: { file: string; sheet: string | null; reason: string }[] };
type CheckJson = {
  summary: ReadOutcome["summary"];
  skippedSheets: ReadOutcome["skippedSheets"];
  sheets: { nominations: { row: number; name: string; date?: string }[]; findings: { code: string; cell?: string; row?: number; actual?: string | number }[] }[];
};

it("has one expectation per fixture the script makes, and at least 25 of them", () => {
  expect(Object.keys(EXPECTATIONS).sort()).toStrictEqual(fixtures.map((f) => f.file).sort());
  expect(fixtures.length).toBeGreaterThanOrEqual(25);
});

const byOutcome = (outcome: Expectation["outcome"]) => fixtures.filter((f) => EXPECTATIONS[f.file]?.outcome === outcome).map((f) => [f.file, f.what] as const);

describe.each(byOutcome("refused"))("%s (%s): refused", (file) => {
  const expected = EXPECTATIONS[file] as Extract<Expectation, { outcome: "refused" }>;

  it("check: exit 2, the problem's sentence naming the file and what to do, no annotated copy", () => {
    const r = runsOf(file);
    expect(r.check).toStrictEqual({ code: 2, stdout: "", stderr: `Lỗi: ${formatFileProblem(expected.problem)}` });
    expectOneSentence(r.check.stderr, [`"${file}"`]);
    expect(existsSync(r.checkOut)).toBe(false);
  });

  it("consolidate beside a good list: skipped with its reason, the run goes on and writes the result", async () => {
    const r = runsOf(file);
    expect({ code: r.pair.code, stderr: r.pair.stderr }).toStrictEqual({ code: 1, stderr: "" });
    const json = parseJson<ConsolidationJson>(r.pair);
    expect(json.skipped).toStrictEqual([{ file, sheet: null, reason: describeFileProblem(expected.problem) }]);
    expect(json.units.map((u) => u.unit)).toStrictEqual(["Xã Mường Báng"]);
    expect(await openWorkbook(r.pairOut)).toStrictEqual(["Tổng hợp", "Danh sách", "Chỉ tiêu", "Trùng lặp", "Tệp bỏ qua"]);
  });

  it("consolidate alone: exit 2, one sentence with the reason, no output file", () => {
    const r = runsOf(file);
    expect({ code: r.alone.code, stdout: r.alone.stdout }).toStrictEqual({ code: 2, stdout: "" });
    expectOneSentence(r.alone.stderr, [file, describeFileProblem(expected.problem)]);
    expect(existsSync(r.aloneOut)).toBe(false);
  });
});

describe.each(byOutcome("no-list"))("%s (%s): no list to check", (file) => {
  const expected = EXPECTATIONS[file] as Extract<Expectation, { outcome: "no-list" }>;

  it("check: exit 2 naming the file and why each sheet was skipped; consolidate skips the sheet", async () => {
    const r = runsOf(file);
    expect({ code: r.check.code, stdout: r.check.stdout, out: existsSync(r.checkOut) }).toStrictEqual({ code: 2, stdout: "", out: false });
    expectOneSentence(r.check.stderr, [`"${file}"`, ...expected.skippedSheets.flatMap((s) => [s.sheet, s.reason])]);
    expect(parseJson<ConsolidationJson>(r.pair).skipped).toStrictEqual(expected.skippedSheets.map((s) => ({ file, ...s })));
    expect(await openWorkbook(r.pairOut)).toHaveLength(5);
    expect({ code: r.alone.code, out: existsSync(r.aloneOut) }).toStrictEqual({ code: 2, out: false });
  });
});

describe.each(byOutcome("read"))("%s (%s): read and checked", (file) => {
  const expected = EXPECTATIONS[file] as ReadOutcome;

  it("check: the rows, dates, findings and exit code a clean copy of the list would give", () => {
    const r = runsOf(file);
    expect({ code: r.check.code, stderr: r.check.stderr }).toStrictEqual({ code: expected.code, stderr: "" });
    const json = parseJson<CheckJson>(r.check);
    const sheet = json.sheets[0];
    expect({
      summary: json.summary,
      skippedSheets: json.skippedSheets,
      nominations: sheet?.nominations.map((n) => [n.row, n.name, n.date ?? null]),
      findings: sheet?.findings.filter((f) => f.code !== "sheet/missing-criterion-column").map((f) => [f.code, f.cell ?? f.row, f.actual ?? null]),
    }).toStrictEqual({ summary: expected.summary, skippedSheets: expected.skippedSheets, nominations: expected.nominations, findings: expected.findings });
  });

  it("check --out: an annotated copy Excel can open (none for a CSV)", async () => {
    const r = runsOf(file);
    if (file.endsWith(".csv")) expect(existsSync(r.checkOut)).toBe(false);
    else expect((await openWorkbook(r.checkOut)).slice(-1)).toStrictEqual(["Kết quả kiểm tra"]);
  });

  it("consolidate beside a good list: its rows counted for its unit, a result Excel can open", async () => {
    const r = runsOf(file);
    expect({ code: r.pair.code, stderr: r.pair.stderr }).toStrictEqual({ code: 1, stderr: "" });
    const json = parseJson<ConsolidationJson>(r.pair);
    expect({ rows: json.units.find((u) => u.unit === "Xã Sáng Nhè")?.rows ?? 0, skipped: json.skipped }).toStrictEqual({
      rows: expected.summary.rows,
      skipped: expected.skippedSheets.map((s) => ({ file, ...s })),
    });
    expect(await openWorkbook(r.pairOut)).toHaveLength(5);
  });
});

describe("the whole corpus folder in one consolidate run", () => {
  it("skips every unusable file with its reason, reads the others, and writes a workbook Excel can open", async () => {
    expect({ code: folder.code, stderr: folder.stderr }).toStrictEqual({ code: 1, stderr: "" });
    const skipped = parseJson<ConsolidationJson>(folder).skipped;
    const expectedSkips = fixtures.flatMap((f): ConsolidationJson["skipped"] => {
      const e = EXPECTATIONS[f.file];
      if (e?.outcome === "refused") return [{ file: f.file, sheet: null, reason: describeFileProblem(e.problem) }];
      return (e?.skippedSheets ?? []).map((s) => ({ file: f.file, ...s }));
    });
    const key = (s: { file: string; sheet: string | null }) => `${s.file}/${s.sheet ?? ""}`;
    expect([...skipped].sort((a, b) => key(a).localeCompare(key(b)))).toStrictEqual(expectedSkips.sort((a, b) => key(a).localeCompare(key(b))));
    expect(await openWorkbook(FOLDER_OUT)).toHaveLength(5);
  });

  it("leaves every file of the corpus byte for byte as it was", () => {
    expect(hashFolder(BAD_DIR)).toStrictEqual(hashesBefore);
  });
});
