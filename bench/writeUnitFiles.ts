/**
 * One writer of bench files (started by generateUnitFiles.ts): units FROM to TO (exclusive).
 *   node --import tsx bench/writeUnitFiles.ts DIR FROM TO ROWS
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeBenchUnit, makeNominationRows, makeRandom, writeUnitWorkbook } from "./unitSheets";

const writeRange = async (dir: string, from: number, to: number, rowCount: number): Promise<void> => {
  for (let i = from; i < to; i++) {
    const unit = describeBenchUnit(i);
    const rows = makeNominationRows(makeRandom(1000 + i), rowCount, unit.place);
    await writeFile(join(dir, unit.file), await writeUnitWorkbook(unit, rows));
  }
};

const [dir, from, to, rows] = process.argv.slice(2);
if (!dir || from === undefined || to === undefined || rows === undefined) throw new Error("usage: writeUnitFiles.ts DIR FROM TO ROWS");
void writeRange(dir, Number(from), Number(to), Number(rows));
