import { join } from "node:path";
import { describeBenchUnit } from "./unitSheets";

/** The first `count` unit files of the bench folder, in order. */
export const listBenchFiles = (dir: string, count: number): string[] => Array.from({ length: count }, (_, i) => join(dir, describeBenchUnit(i).file));
