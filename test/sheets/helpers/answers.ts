import type { SidebarAnswer } from "../../../src/sheets/server/server";

/** A sidebar call's value; a failure answer fails the test with its sentence. */
export function valueOf<T>(answer: SidebarAnswer<T>): T {
  if (!answer.ok) throw new Error(`the server answered a failure: ${answer.message}`);
  return answer.value;
}
