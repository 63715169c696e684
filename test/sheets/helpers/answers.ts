import type { SidebarAnswer } from "../../../src/sheets/server/server";

/** A sidebar call's value; a failure answer fails the test with its sentence. */
export async function valueOf<T>(answer: SidebarAnswer<T> | Promise<SidebarAnswer<T>>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`the server answered a failure: ${settled.message}`);
  return settled.value;
}
