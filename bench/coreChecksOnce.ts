/**
 * One timed check of a 100,000-row sheet, in a fresh process (started by coreChecksBench.ts).
 *   node --import tsx bench/coreChecksOnce.ts TEMPLATE.xlsx ROWS [--font-on-every-cell]
 */
import { checkLargeSheetOnce } from "./coreChecksBench";

const [file = "", count = "100000"] = process.argv.slice(2);
void checkLargeSheetOnce(file, Number(count), process.argv.includes("--font-on-every-cell")).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
