/**
 * The fake Office host (../fakeHost/installFakeOffice.ts, over test/excel/fake) bundled for the
 * browser with webpack, as one script to hand to page.addInitScript. The bundle is kept under
 * node_modules/.cache and made again only when one of its sources is newer.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { CACHE_DIR, newestMtime, REPO_ROOT, runWebpackBuild } from "./buildDist";

const SOURCES = ["test/e2e/fakeHost", "test/e2e/helpers/unitSheets.ts", "test/excel/fake", "src/excel", "test/e2e/helpers/webpackBuild.cjs"];

export async function bundleFakeOfficeHost(): Promise<string> {
  const bundle = join(CACHE_DIR, "fake-host.js");
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(REPO_ROOT, s))));
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const out = mkdtempSync(join(CACHE_DIR, "fake-host-"));
    try {
      await runWebpackBuild("fake-host", out);
      renameSync(join(out, "fake-host.js"), bundle); // atomic: a parallel worker reads a whole file
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return readFileSync(bundle, "utf8");
}
