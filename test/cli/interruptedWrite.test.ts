import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Stopped with Ctrl+C (SIGINT) or by the system (SIGTERM) while a result is being written, the
 * command line removes its temporary file, leaves no result, says so in Vietnamese and exits 130
 * (143). A real process is stopped: a program that writes forever, through writeStreamAtomically.
 */

const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "dienhinh-interrupt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WRITE_FOREVER = `
  const { writeStreamAtomically } = require(${JSON.stringify(join(ROOT, "src", "cli", "writeOutput.ts"))});
  void writeStreamAtomically(process.argv[1], (out) => new Promise(() => { setInterval(() => out.write("PK partial "), 10); }));
`;

const stopWhileWriting = (signal: NodeJS.Signals, out: string): Promise<{ code: number | null; stderr: string; tempSeen: boolean }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", WRITE_FOREVER, out], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let tempSeen = false;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const poll = setInterval(() => {
      if (readdirSync(dir).some((f) => f.endsWith(".tmp"))) {
        tempSeen = true;
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    const limit = setTimeout(() => {
      clearInterval(poll);
      child.kill("SIGKILL");
      reject(new Error("the writer never made its temporary file"));
    }, 20_000);
    child.on("exit", (code) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ code, stderr, tempSeen });
    });
  });

it.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)("%s while writing: temporary file removed, no result, exit %i, one Vietnamese sentence", async (signal, exitCode) => {
  const out = join(dir, `tong-hop-${signal}.xlsx`);
  const result = await stopWhileWriting(signal, out);
  expect({ ...result, leftovers: readdirSync(dir).filter((f) => f.includes(signal)), result: existsSync(out) }).toStrictEqual({
    code: exitCode,
    stderr: "\nĐã dừng theo yêu cầu; tệp kết quả chưa được ghi, các tệp của đơn vị không bị thay đổi.\n",
    tempSeen: true,
    leftovers: [],
    result: false,
  });
}, 30_000);
