/**
 * Code.js's entry: the server over Apps Script's services and the plans validated at build time.
 * The build exposes this module as the global `DienHinh` and adds one top-level function per
 * server function (Apps Script calls only top-level functions).
 */
import plans from "dienhinh:validated-plans";
import { appsScriptHost } from "./appsScriptHost";
import { createSheetsServer } from "./server";

export const server = createSheetsServer(appsScriptHost, plans);
