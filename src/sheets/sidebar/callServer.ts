/**
 * `google.script.run` as promises. Only plain JSON crosses to the server and back (Apps Script
 * drops Dates and functions), so arguments are sent as JSON round-trips of themselves.
 */
import type { SERVER_FUNCTIONS } from "../server/server";

export type ServerFunction = (typeof SERVER_FUNCTIONS)[number];

/** The part of `google.script.run` the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

export type CallServer = <T>(name: ServerFunction, ...args: unknown[]) => Promise<T>;

/** The page's `google.script.run`, or null outside Apps Script (then the pane cannot start in this mode). */
export function findScriptRunner(): ScriptRunner | null {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run ?? null;
}

/** A server failure arrives as an Error (or a bare message): it stays an Error with the server's sentence. */
const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(typeof error === "string" ? error : String((error as { message?: unknown })?.message ?? error)));

export function createCallServer(runner: ScriptRunner): CallServer {
  return <T>(name: ServerFunction, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const call = runner.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(toError(error))) as unknown as Record<string, (...a: unknown[]) => void>;
      const fn = call[name];
      if (typeof fn !== "function") {
        reject(new Error(`google.script.run has no ${name}`));
        return;
      }
      fn.apply(call, args.map((a) => (a === undefined ? null : (JSON.parse(JSON.stringify(a)) as unknown))));
    });
}
