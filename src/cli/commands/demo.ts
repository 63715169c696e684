import type { Command } from "commander";
import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { CliIO } from "../io";
import { ExitCode } from "../userError";
import { runCheck } from "./check";
import { runConsolidate } from "./consolidate";
import { runAppendix } from "./appendix";
import { findBuiltinPlan } from "../../plans/builtinPlans";

/** Where the bundled samples live: one folder per plan id, with an optional units registry "Don_vi.xlsx". */
export const SAMPLES_DIR = resolve(__dirname, "../../../templates/samples");
const UNITS_FILE = "Don_vi.xlsx";

const silentIO = (io: CliIO): CliIO => ({ ...io, stdout: () => undefined });

/**
 * `dienhinh demo`: checks every bundled sample unit sheet against its plan and writes the
 * annotated copies under out/, printing one line per file. Findings in the samples are
 * intended (they show what the checks catch), so the demo succeeds when every file was read.
 */
export const runDemo = async (io: CliIO, outDir: string): Promise<ExitCode> => {
  const planDirs = (await readdir(SAMPLES_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  let unusable = 0;
  for (const planId of planDirs) {
    const dir = join(SAMPLES_DIR, planId);
    const files = (await readdir(dir)).filter((f) => f.endsWith(".xlsx") && f !== UNITS_FILE).sort();
    const hasUnits = (await readdir(dir)).includes(UNITS_FILE);
    io.stdout(`\n== Kế hoạch ${planId}: ${files.length} tệp ==`);
    for (const file of files) {
      const out = join(outDir, "kiem-tra", planId, file.replace(/\.xlsx$/, " - kiem tra.xlsx"));
      const lines: string[] = [];
      const capture: CliIO = { ...silentIO(io), stdout: (t) => lines.push(t) };
      const code = await runCheck(join(dir, file), { plan: planId, json: true, out, ...(hasUnits ? { units: join(dir, UNITS_FILE) } : {}) }, capture).catch((e: unknown) => {
        io.stderr(`  ${file}: ${e instanceof Error ? e.message : String(e)}`);
        return ExitCode.Unusable;
      });
      if (code === ExitCode.Unusable) {
        unusable++;
        continue;
      }
      const report = JSON.parse(lines.join("\n")) as { sheets: { unit: string; rows: number; validRows: number }[]; summary: { errors: number; warnings: number; quotasUnmet: number } };
      const units = report.sheets.map((s) => `${s.unit} (${s.validRows}/${s.rows} hợp lệ)`).join(", ");
      io.stdout(`  ${basename(file)}: ${units} — ${report.summary.errors} lỗi, ${report.summary.warnings} cảnh báo, ${report.summary.quotasUnmet} chỉ tiêu chưa đạt → ${out}`);
    }
    const summaryOut = join(outDir, "tong-hop", `${planId}.xlsx`);
    const code = await runConsolidate(files.map((f) => join(dir, f)), { plan: planId, out: summaryOut, progress: false, ...(hasUnits ? { units: join(dir, UNITS_FILE) } : {}) }, { ...io, stdout: (t) => io.stdout(t.split("\n").map((l) => `  ${l}`).join("\n")) });
    if (code === ExitCode.Unusable) unusable++;
    const indented: CliIO = { ...io, stdout: (t) => io.stdout(`  ${t}`) };
    if (findBuiltinPlan(planId)?.appendix) {
      await runAppendix([summaryOut], { plan: planId, layout: "plan", out: join(outDir, "phu-luc", `${planId} - phu luc ke hoach.xlsx`) }, indented);
    }
    await runAppendix([summaryOut], { plan: planId, layout: "list", group: "unit", out: join(outDir, "phu-luc", `${planId} - danh sach.xlsx`) }, indented);
  }
  return unusable > 0 ? ExitCode.Unusable : ExitCode.Ok;
};

export const registerDemoCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("demo")
    .description("Chạy thử trên các danh sách mẫu kèm theo, ghi kết quả vào thư mục out/")
    .option("--out <dir>", "thư mục ghi kết quả", "out")
    .action(async (options: { out: string }) => setExit(await runDemo(io, options.out)));
};
