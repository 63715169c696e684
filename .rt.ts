import { listBuiltinPlans } from "./src/plans/builtinPlans";
import { writePlanWorkbook } from "./src/xlsx/writePlanWorkbook";
import { readWorkbookBytes } from "./src/xlsx/readWorkbook";
import { readPlanWorkbook } from "./src/core/plan/workbook/readPlanWorkbook";
import { isDeepStrictEqual } from "node:util";
import { writeFileSync } from "node:fs";
(async () => {
  for (const plan of listBuiltinPlans()) {
    const bytes = await writePlanWorkbook(plan, new Date(Date.UTC(2026, 11, 6)));
    writeFileSync(`/tmp/i13/${plan.id}.xlsx`, bytes);
    const wb = await readWorkbookBytes(bytes, `${plan.id}.xlsx`);
    const r = readPlanWorkbook(wb);
    if (!r.ok) { console.log(plan.id, r.problems.slice(0, 10)); continue; }
    console.log(plan.id, isDeepStrictEqual(r.plan, plan));
    if (!isDeepStrictEqual(r.plan, plan)) {
      for (const k of Object.keys(plan) as (keyof typeof plan)[]) if (!isDeepStrictEqual(plan[k], r.plan[k])) console.log("  diff", k, JSON.stringify(plan[k]).slice(0, 300), "\n   vs", JSON.stringify(r.plan[k]).slice(0, 300));
    }
  }
})();
