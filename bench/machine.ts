import { readFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  date: string;
  /** 1-minute load average when the bench started and ended: other work on the machine skews timings. */
  loadStart: number;
  loadEnd?: number;
}

const readCpuModel = (): string => {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    return line?.split(":")[1]?.trim() ?? "unknown";
  } catch {
    return "unknown";
  }
};

export const describeMachine = (): Machine => ({
  cpu: readCpuModel(),
  cores: availableParallelism(),
  memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  loadStart: loadavg()[0] ?? 0,
});

export const currentLoad = (): number => loadavg()[0] ?? 0;
