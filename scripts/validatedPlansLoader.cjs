/**
 * webpack's side of scripts/validatedPlans.ts: src/plans/validateBuiltinPlans.ts becomes the
 * built-in plans it validated when the pane is built, so the pane neither loads the schema library
 * (zod) nor validates the plans before its first paint. A broken built-in plan fails the build.
 */
const path = require("node:path");
const { require: requireTs } = require("tsx/cjs/api");

const root = path.resolve(__dirname, "..");

module.exports = function validatedPlansLoader() {
  this.cacheable(true);
  // The plans and their schema decide the result: webpack's cache follows them.
  this.addContextDependency(path.join(root, "templates/plans"));
  this.addContextDependency(path.join(root, "src/core/plan"));
  const { validatedPlansModule } = requireTs("./validatedPlans.ts", __filename);
  return validatedPlansModule();
};
