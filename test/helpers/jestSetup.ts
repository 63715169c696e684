/**
 * Run by jest before each test file, before its imports: what jsdom lacks and real browsers have
 * must exist when a module made for the browser is loaded (src/xlsx keeps a TextEncoder at hand).
 * In the node environment every stub is already there and nothing is installed.
 */
import { installDomStubs } from "../taskpane/setupDom";

installDomStubs();
