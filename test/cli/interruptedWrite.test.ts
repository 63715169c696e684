import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Stopped while a result is being made (Ctrl+C, SIGTERM, a closed terminal's SIGHUP), the command
 * line leaves no temporary file and no result, says so in Vietnamese and exits 130 (143, 129).
 * Also under tsx's own command (`npm run cli`), which runs the program in a child process and
 * kills it outright when it does not answer a signal within ~60 ms: a workbook being made keeps
 * the event loop busy far longer, so no temporary file may exist while it is made.
 */

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "dienhinh-interrupt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Makes a result forever through writeStreamAtomically; says "ready" on stdout once it has begun, then blocks the event loop `busyMs` at a time. */
const WRITER = join(dir, "writeForever.ts");
writeFileSync(
  WRITER,
  `const { writeStreamAtomically } = require(${JSON.stringify(join(ROOT, "src", "cli", "writeOutput.ts"))});
const busyMs = Number(process.argv[3]);
void writeStreamAtomically(process.argv[2], (out) => new Promise(() => {
  out.write("PK partial ");
  process.stdout.write("ready\\n");
  setInterval(() => {
    out.write("PK partial ");
    const until = Date.now() + busyMs;
    while (Date.now() < until) {}
  }, 10);
}));
`,
);

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts `command` in a process group of its own, and when it is ready stops the whole group with `signal` (as a terminal does). */
const stopWhenReady = (command: string, args: readonly string[], signal: NodeJS.Signals): Promise<Stopped> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString("utf8").includes("ready") && child.pid !== undefined) setTimeout(() => process.kill(-(child.pid ?? 0), signal), 200);
    });
    const limit = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error("the writer never began"));
    }, 30_000);
    child.on("exit", (code, exitSignal) => {
      clearTimeout(limit);
      // Whatever tsx's child left running goes too.
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // The group is gone already.
      }
      resolve({ code, signal: exitSignal, stderr });
    });
  });

const leftovers = (name: string): string[] => readdirSync(dir).filter((f) => f.includes(name) && f !== name);

it.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const)("%s while a result is made: no temporary file, no result, exit %i, one Vietnamese sentence", async (signal, exitCode) => {
  const out = join(dir, `tong-hop-${signal}.xlsx`);
  const stopped = await stopWhenReady(process.execPath, ["-r", "tsx/cjs", WRITER, out, "5"], signal);
  expect({ ...stopped, leftovers: leftovers(`tong-hop-${signal}`), result: existsSync(out) }).toStrictEqual({
    code: exitCode,
    signal: null,
    stderr: "\nĐã dừng theo yêu cầu; tệp kết quả chưa được ghi, các tệp của đơn vị không bị thay đổi.\n",
    leftovers: [],
    result: false,
  });
}, 40_000);

it("Ctrl+C under tsx's command while the event loop is busy making the workbook: tsx kills the program, and nothing is left behind", async () => {
  const out = join(dir, "tong-hop-tsx.xlsx");
  const stopped = await stopWhenReady(TSX, [WRITER, out, "3000"], "SIGINT");
  expect({ code: stopped.code, leftovers: leftovers("tong-hop-tsx"), result: existsSync(out) }).toStrictEqual({ code: 130, leftovers: [], result: false });
}, 40_000);
