import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeFileProblem, formatFileProblem, type FileProblem } from "../../src/core/files/fileProblems";
import { MAX_FILE_BYTES } from "../../src/xlsx/inspectFileBytes";
import { PLAN, runInProcess } from "./helpers/inProcess";
import { buildRawXlsx } from "./helpers/rawXlsx";
import { listRows } from "./helpers/unitList";

/**
 * Paths that are not a readable file: a folder named .xlsx, a named pipe (reading one waits for a
 * writer forever), a file too big to read, a missing one, and a file another program holds. The
 * tests run as root, who reads a chmod 000 file anyway, so "locked" and "no permission" are
 * simulated: reading the file (node:fs readFileSync, which the command line uses, and fs/promises'
 * readFile) fails with EBUSY (Excel holding the file on Windows) or EACCES for the paths listed in
 * `mockFailures`.
 */

const mockFailures = new Map<string, string>();
const mockFailure = (path: unknown): Error | null => {
  const code = mockFailures.get(String(path));
  return code ? Object.assign(new Error(`${code}: simulated`), { code }) : null;
};
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...actual,
    readFile: (path: Parameters<typeof actual.readFile>[0], options?: Parameters<typeof actual.readFile>[1]) => {
      const failure = mockFailure(path);
      return failure ? Promise.reject(failure) : actual.readFile(path, options);
    },
  };
});
jest.mock("node:fs", () => {
  const actual = jest.requireActual<typeof import("node:fs")>("node:fs");
  return {
    ...actual,
    readFileSync: (...args: Parameters<typeof actual.readFileSync>) => {
      const failure = mockFailure(args[0]);
      if (failure) throw failure;
      return actual.readFileSync(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "dienhinh-paths-"));
const at = (name: string): string => join(dir, name);
const GOOD = at("Xa_Muong_Bang.xlsx");
const OUT = at("tong-hop.xlsx");

beforeAll(() => {
  writeFileSync(GOOD, buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Mường Báng") }] }));
  mkdirSync(at("thu-muc.xlsx"));
  execFileSync("mkfifo", [at("dang-ghi.xlsx")]);
  writeFileSync(at("qua-lon.xlsx"), "");
  truncateSync(at("qua-lon.xlsx"), MAX_FILE_BYTES + 1);
  for (const [name, code] of [["dang-mo-trong-excel.xlsx", "EBUSY"], ["khong-co-quyen.xlsx", "EACCES"]] as const) {
    writeFileSync(at(name), buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Sáng Nhè") }] }));
    mockFailures.set(at(name), code);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES: [string, string, FileProblem][] = [
  ["a folder named .xlsx", at("thu-muc.xlsx"), { code: "file/directory", file: at("thu-muc.xlsx") }],
  ["a named pipe (never opened: it would wait forever)", at("dang-ghi.xlsx"), { code: "file/not-regular", file: "dang-ghi.xlsx" }],
  ["a file over 100 MB (never read)", at("qua-lon.xlsx"), { code: "file/too-large", file: "qua-lon.xlsx", actual: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }],
  ["a file that does not exist", at("khong-co.xlsx"), { code: "file/not-found", file: at("khong-co.xlsx") }],
  ["a file Excel holds open (EBUSY)", at("dang-mo-trong-excel.xlsx"), { code: "file/unreadable", file: "dang-mo-trong-excel.xlsx", actual: "EBUSY" }],
  ["a file without read permission (EACCES)", at("khong-co-quyen.xlsx"), { code: "file/unreadable", file: "khong-co-quyen.xlsx", actual: "EACCES" }],
];

describe.each(CASES)("%s", (_label, path, problem) => {
  it("check: exit 2 with the sentence naming it and what to do, no output", async () => {
    const out = at(`kiem-tra-${problem.code.replace("/", "-")}.xlsx`);
    expect(await runInProcess(["check", path, "--plan", PLAN, "--out", out])).toStrictEqual({ code: 2, stdout: "", stderr: `Lỗi: ${formatFileProblem(problem)}` });
    expect(existsSync(out)).toBe(false);
  });
});

// A folder named on the command line is walked and a missing path stops the run before reading
// (collectInputFiles); every other unreadable file is skipped.
describe.each(CASES.filter(([, , p]) => p.code !== "file/directory" && p.code !== "file/not-found"))("%s", (_label, path, problem) => {
  it("consolidate beside a good list: skipped with its reason, the good list consolidated", async () => {
    const r = await runInProcess(["consolidate", path, GOOD, "--plan", PLAN, "--json", "--out", OUT]);
    const json = JSON.parse(r.stdout) as { skipped: unknown; units: { unit: string }[] };
    expect({ code: r.code, skipped: json.skipped, units: json.units.map((u) => u.unit) }).toStrictEqual({
      code: 1,
      skipped: [{ file: problem.file, sheet: null, reason: describeFileProblem(problem) }],
      units: ["Xã Mường Báng"],
    });
    rmSync(OUT);
  });
});

it("consolidate over the folder: walks into the folder named .xlsx, skips the pipe and the others, goes on", async () => {
  const r = await runInProcess(["consolidate", dir, "--plan", PLAN, "--json", "--out", at("ca-thu-muc.xlsx")]);
  const json = JSON.parse(r.stdout) as { skipped: { file: string; reason: string }[] };
  expect({ code: r.code, skipped: json.skipped.map((s) => s.file).sort() }).toStrictEqual({ code: 1, skipped: ["dang-ghi.xlsx", "dang-mo-trong-excel.xlsx", "khong-co-quyen.xlsx", "qua-lon.xlsx"] });
  rmSync(at("ca-thu-muc.xlsx"));
});

it("a plan path that is a pipe or a folder: refused at once, never waited on", async () => {
  for (const plan of [at("dang-ghi.xlsx"), `${at("thu-muc.xlsx")}/`]) {
    const r = await runInProcess(["check", GOOD, "--plan", plan]);
    expect({ code: r.code, stdout: r.stdout, lines: r.stderr.split("\n").length, names: r.stderr.includes(plan) }).toStrictEqual({ code: 2, stdout: "", lines: 1, names: true });
  }
});
