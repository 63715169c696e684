import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toTerminalText } from "../../src/cli/io";
import { PLAN } from "../bad/helpers/inProcess";
import { buildRawXlsx } from "../bad/helpers/rawXlsx";
import { listRows } from "../bad/helpers/unitList";
import { runCli } from "../helpers/runCli";

/**
 * What reaches the terminal: names from units' files (a sheet called "\x1b[2J", a file name with
 * a carriage return, a right-to-left override) could clear the screen, overwrite a line of
 * findings or show text in another order. They are written escaped, once, where the CLI writes.
 */

describe("toTerminalText", () => {
  it("escapes control characters (not line feed or tab) and bidirectional overrides; Vietnamese untouched", () => {
    expect(toTerminalText("Xã Sáng Nhè\t1\n\u001b[2J\r\u0007\u009b31m\u202eabc\u2066")).toBe("Xã Sáng Nhè\t1\n\\u001b[2J\\u000d\\u0007\\u009b31m\\u202eabc\\u2066");
  });

  it("keeps JSON valid and meaning the same (an escape inside a string is the same character)", () => {
    const json = JSON.stringify({ sheet: "DS\u009b2J\u202e" });
    expect(JSON.parse(toTerminalText(json))).toStrictEqual({ sheet: "DS\u009b2J\u202e" });
  });
});

describe("the real command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "dienhinh-tty-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a sheet and a file named with escape sequences: printed escaped, nothing raw on stdout or stderr", async () => {
    const file = join(dir, "Xa\u001b[2J.xlsx");
    writeFileSync(file, buildRawXlsx({ sheets: [{ name: "DS\u001b[8m\u0007", rows: listRows("Xã Sáng Nhè") }, { name: "\u202eGhi chú", rows: ['<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'] }] }));
    const r = await runCli(["check", file, "--plan", PLAN]);
    // eslint-disable-next-line no-control-regex -- what must not be there
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;
    expect({ code: r.code, rawOut: raw.test(r.stdout), rawErr: raw.test(r.stderr) }).toStrictEqual({ code: 0, rawOut: false, rawErr: false });
    expect([r.stdout.includes("Tệp: Xa\\u001b[2J.xlsx"), r.stdout.includes('Trang tính "DS\\u001b[8m\\u0007"'), r.stdout.includes('"\\u202eGhi chú"')]).toStrictEqual([true, true, true]);
  }, 60_000);
});
