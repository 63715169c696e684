import type { Command } from "commander";
import { describePlanDocument } from "../../core/plan/describePlanDocument";
import { listBuiltinPlans } from "../../plans/builtinPlans";
import type { CliIO } from "../io";
import { ExitCode } from "../userError";

/** `dienhinh plans`: the built-in plans, one line each. */
export const registerPlansCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("plans")
    .description("Liệt kê các kế hoạch có sẵn")
    .option("--json", "in dạng JSON")
    .action((options: { json?: boolean }) => {
      const plans = listBuiltinPlans();
      if (options.json) {
        io.stdout(JSON.stringify(plans.map((p) => ({ id: p.id, number: p.number, date: p.date ?? null, issuer: p.issuer, title: p.title, period: p.period })), null, 2));
      } else {
        for (const p of plans) io.stdout(`${p.id.padEnd(24)} ${describePlanDocument(p)}: ${p.title} (${p.period.from} – ${p.period.to})`);
      }
      setExit(ExitCode.Ok);
    });
};
