/**
 * Code.js's entry: the server over Apps Script's services and the built-in plans, validated when
 * Code.js is built (scripts/validatedPlans.ts) and embedded as data, so the server bundle carries
 * no schema library. The build exposes this module as the global `DienHinh` and adds one top-level
 * function per server function (Apps Script calls only top-level functions).
 */
import { listBuiltinPlans } from "../../plans/builtinPlans";
import { appsScriptHost } from "./appsScriptHost";
import { createSheetsServer } from "./server";

export const server = createSheetsServer(appsScriptHost, listBuiltinPlans());
