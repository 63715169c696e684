/**
 * The sidebar page as served: the built Sidebar.html with this spreadsheet's remembered settings
 * put into its settings tag, so the pane starts with the plan and registry already chosen.
 */
import type { SheetsSettings } from "./documentSettings";

/** The tag the sidebar build leaves empty (scripts/buildSheets.ts) and the pane reads at start. */
export const SETTINGS_TAG_ID = "dienhinh-settings";
export const EMPTY_SETTINGS_TAG = `<script type="application/json" id="${SETTINGS_TAG_ID}">null</script>`;

/** JSON that cannot end the script element it sits in. */
const toScriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

export function fillSettings(page: string, settings: SheetsSettings): string {
  const at = page.indexOf(EMPTY_SETTINGS_TAG);
  if (at < 0) return page;
  const tag = `<script type="application/json" id="${SETTINGS_TAG_ID}">${toScriptJson(settings)}</script>`;
  return page.slice(0, at) + tag + page.slice(at + EMPTY_SETTINGS_TAG.length);
}
