/**
 * The built-in plans, validated by the schema when Code.js is built (scripts/buildSheets.ts) and
 * embedded as data, so the server bundle carries no schema library.
 */
declare module "dienhinh:validated-plans" {
  import type { Plan } from "../../core/plan/schema";
  const plans: readonly Plan[];
  export default plans;
}
