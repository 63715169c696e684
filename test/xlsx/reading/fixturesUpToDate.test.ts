import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbook";
import { listFixtureWorkbooks, writeRawXml, writeWithExceljs } from "../../../scripts/makeSheetFixtures";

/** The committed fixtures are what the script makes from the specs today: run it again when this fails. */
describe.each(["exceljs", "raw"] as const)("test/fixtures/sheets/%s", (producer) => {
  test.each(listFixtureWorkbooks(producer).map((b) => [b.file, b] as const))("%s is up to date", async (file, book) => {
    const fresh = producer === "exceljs" ? await writeWithExceljs(book) : await writeRawXml(book);
    const committed = readFileSync(join(__dirname, "..", "..", "fixtures", "sheets", producer, file));
    expect(await readWorkbookBytes(committed, file)).toStrictEqual(await readWorkbookBytes(fresh, file));
  });
});
