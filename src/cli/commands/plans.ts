import type { Command } from "commander";
import { formatPlanPeriod } from "../../core/messages/planMessages";
import { describePlanDocument } from "../../core/plan/describePlanDocument";
import { describePlanPeriod } from "../../core/plan/planStatus";
import { listBuiltinPlans } from "../../plans/builtinPlans";
import type { CliIO } from "../io";
import { ExitCode } from "../userError";
import { todayAsUtcDay } from "./plan";

/** The built-in plans, one line each with its period and whether it has ended on `today`. */
export const runPlans = (options: { json?: boolean }, io: CliIO, today: Date): ExitCode => {
  const plans = listBuiltinPlans();
  if (options.json) {
    io.stdout(
      JSON.stringify(
        plans.map((p) => ({ id: p.id, number: p.number, date: p.date ?? null, issuer: p.issuer, title: p.title, period: p.period, status: describePlanPeriod(p, today).state })),
        null,
        2,
      ),
    );
  } else {
    for (const p of plans) io.stdout(`${p.id.padEnd(24)} ${describePlanDocument(p)}: ${p.title} (${formatPlanPeriod(describePlanPeriod(p, today))})`);
  }
  return ExitCode.Ok;
};

/** `dienhinh plans`. */
export const registerPlansCommand = (program: Command, io: CliIO, setExit: (code: ExitCode) => void): void => {
  program
    .command("plans")
    .description("Liệt kê các kế hoạch có sẵn, thời gian và tình trạng của từng kế hoạch")
    .option("--json", "in dạng JSON")
    .action((options: { json?: boolean }) => setExit(runPlans(options, io, todayAsUtcDay())));
};
