import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatFileProblem } from "../../src/core/files/fileProblems";
import { runCliAll, STACK_LINE, type CliResult } from "../helpers/runCli";
import { EXPECTATIONS } from "./helpers/expectations";
import { BAD_DIR, hashFolder, PLAN } from "./helpers/inProcess";

/** A few of the corpus through the real `dienhinh` process: what an officer's terminal shows, and the exit code. */

const dir = mkdtempSync(join(tmpdir(), "dienhinh-bad-proc-"));
const FIFO = join(dir, "dang-ghi.xlsx");
const hashesBefore = hashFolder(BAD_DIR);
let r: Record<"password" | "bomb" | "fifo" | "folder", CliResult>;

beforeAll(async () => {
  execFileSync("mkfifo", [FIFO]);
  r = await runCliAll({
    password: ["check", join(BAD_DIR, "mat-khau.xlsx"), "--plan", PLAN, "--out", join(dir, "kiem-tra.xlsx")],
    bomb: ["check", join(BAD_DIR, "bom-nen.xlsx"), "--plan", PLAN],
    fifo: ["check", FIFO, "--plan", PLAN],
    folder: ["consolidate", BAD_DIR, "--plan", PLAN, "--out", join(dir, "tong-hop.xlsx")],
  });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sentence = (file: string): string => {
  const e = EXPECTATIONS[file];
  if (e?.outcome !== "refused") throw new Error(`${file} is not refused`);
  return `Lỗi: ${formatFileProblem(e.problem)}\n`;
};

it("a password-protected workbook: exit 2, the sentence saying to remove the password, no copy written", () => {
  expect(r.password).toStrictEqual({ code: 2, stdout: "", stderr: sentence("mat-khau.xlsx") });
  expect(existsSync(join(dir, "kiem-tra.xlsx"))).toBe(false);
});

it("a zip bomb: exit 2 at once, the sentence naming the part and the limit", () => {
  expect(r.bomb).toStrictEqual({ code: 2, stdout: "", stderr: sentence("bom-nen.xlsx") });
});

it("a named pipe: exit 2 without waiting for a writer", () => {
  expect(r.fifo).toStrictEqual({ code: 2, stdout: "", stderr: 'Lỗi: Tệp "dang-ghi.xlsx" không phải tệp thông thường (là ống dẫn, thiết bị hoặc ổ đĩa) nên không đọc được; hãy chọn tệp .xlsx đã lưu trên máy.\n' });
});

it("consolidate over the whole corpus: every bad file named in 'Bỏ qua' lines, the result written, the corpus untouched", () => {
  expect({ code: r.folder.code, stderr: r.folder.stderr, stack: STACK_LINE.test(r.folder.stdout) }).toStrictEqual({ code: 1, stderr: "", stack: false });
  const skippedFiles = new Set([...r.folder.stdout.matchAll(/^Bỏ qua ([^ /:]+)/gmu)].map((m) => m[1]));
  const expected = Object.entries(EXPECTATIONS).filter(([, e]) => e.outcome !== "read" || e.skippedSheets.length > 0).map(([f]) => f);
  expect([...skippedFiles].sort()).toStrictEqual(expected.sort());
  expect(existsSync(join(dir, "tong-hop.xlsx"))).toBe(true);
  expect(hashFolder(BAD_DIR)).toStrictEqual(hashesBefore);
});
