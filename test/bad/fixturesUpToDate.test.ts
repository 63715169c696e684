import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeCorpus, listBadFixtures } from "../../scripts/makeBadFixtures";
import { BAD_DIR, sha256 } from "./helpers/inProcess";

/** The committed corpus is what the script makes today: run `npx tsx scripts/makeBadFixtures.ts` when this fails. */
const fixtures = listBadFixtures();

it("holds exactly the fixtures the script makes (and its README)", () => {
  expect(readdirSync(BAD_DIR).sort()).toStrictEqual([...fixtures.map((f) => f.file), "README.md"].sort());
});

it.each(fixtures.map((f) => [f.file, f] as const))("%s is up to date", (file, fixture) => {
  expect(sha256(readFileSync(join(BAD_DIR, file)))).toBe(sha256(fixture.make()));
});

it("keeps every fixture small enough to commit (the zip bombs included)", () => {
  const sizes = fixtures.map((f) => [f.file, readFileSync(join(BAD_DIR, f.file)).length] as const);
  expect(sizes.filter(([, size]) => size > 16 * 1024)).toStrictEqual([]);
});

it("has a README listing every fixture", () => {
  expect(readFileSync(join(BAD_DIR, "README.md"), "utf8")).toBe(describeCorpus(fixtures));
});
