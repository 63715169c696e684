/**
 * dist/ for the end-to-end tests: the production build of webpack.config.js, made through
 * webpack's Node API only when dist/ is missing, not a production build, or older than its
 * sources. Jest workers may ask at once, so the build runs under a lock directory.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "../../..");
export const DIST_DIR = join(REPO_ROOT, "dist");
/** Shared with webpackBuild.cjs, which keeps webpack's filesystem cache under it. */
export const CACHE_DIR = join(REPO_ROOT, "node_modules/.cache/dienhinh-e2e");
const LOCK_DIR = join(CACHE_DIR, "build.lock");
const SOURCES = ["src", "addin", "templates/plans", "webpack.config.js", "scripts/validatedPlansLoader.cjs", "scripts/validatedPlans.ts", "manifest.xml", "package-lock.json", "tsconfig.json"];

/** For a beforeAll that may build dist/ or wait for another worker's build (jest's default is 120 s). */
export const BUILD_TIMEOUT_MS = 300_000;

export interface DistInfo {
  dir: string;
  /** File name of the pane's own script, e.g. taskpane.1f3c8231.js. */
  taskpaneScript: string;
  taskpaneBytes: number;
  /** Every script taskpane.html loads (React, the other packages, the pane), in its order. */
  initialScripts: string[];
  /** Milliseconds spent building, or null when dist/ was up to date. */
  builtInMs: number | null;
}

export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The bundle taskpane.html loads, or null when dist/ is missing or not a production build. */
function findProductionScript(): string | null {
  const html = join(DIST_DIR, "taskpane.html");
  if (!existsSync(html)) return null;
  const script = /src="?(taskpane\.[0-9a-f]{8}\.js)/.exec(readFileSync(html, "utf8"))?.[1];
  if (!script || !existsSync(join(DIST_DIR, script))) return null;
  if (readdirSync(DIST_DIR).some((f) => f.endsWith(".map"))) return null;
  return script;
}

function isDistFresh(): boolean {
  if (!findProductionScript()) return false;
  const built = statSync(join(DIST_DIR, "taskpane.html")).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(REPO_ROOT, s)) <= built);
}

/** Runs one of webpackBuild.cjs's builds in a child process; its errors become the rejection. */
export function runWebpackBuild(kind: "dist" | "fake-host", outDir?: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [join(__dirname, "webpackBuild.cjs"), kind, ...(outDir ? [outDir] : [])], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) fail(new Error(`webpack (${kind}) failed:\n${stderr || error.message}`));
      else done();
    });
  });
}

async function acquireLock(): Promise<() => void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      return () => rmSync(LOCK_DIR, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a killed run is older than any build takes.
      const since = existsSync(LOCK_DIR) ? Date.now() - statSync(LOCK_DIR).mtimeMs : 0;
      if (since > 300_000) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`dist/ is being built by another process (${LOCK_DIR}) for too long`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function ensureDist(): Promise<DistInfo> {
  let builtInMs: number | null = null;
  if (!isDistFresh()) {
    const release = await acquireLock();
    try {
      if (!isDistFresh()) {
        const started = Date.now();
        await runWebpackBuild("dist");
        builtInMs = Date.now() - started;
      }
    } finally {
      release();
    }
  }
  const taskpaneScript = findProductionScript();
  if (!taskpaneScript) throw new Error("dist/taskpane.html does not load a production taskpane.<hash>.js");
  const initialScripts = [...readFileSync(join(DIST_DIR, "taskpane.html"), "utf8").matchAll(/<script[^>]*\ssrc="?([\w.-]+\.js)/g)].map((m) => m[1] ?? "");
  return { dir: DIST_DIR, taskpaneScript, taskpaneBytes: statSync(join(DIST_DIR, taskpaneScript)).size, initialScripts, builtInMs };
}
