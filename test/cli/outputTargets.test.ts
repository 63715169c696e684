import { execFileSync } from "node:child_process";
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isSamePath } from "../../src/cli/loadInputs";
import { PLAN, runInProcess, sha256 } from "../bad/helpers/inProcess";
import { buildRawXlsx } from "../bad/helpers/rawXlsx";
import { listRows } from "../bad/helpers/unitList";

/**
 * Where `--out` may write: only a new path or a regular file, never an input whatever the
 * spelling (a linked folder, a hard link, `..`), never through a link, onto a pipe, a device or a
 * folder. Each refusal is one sentence; nothing is written, no temporary file is left, the input
 * keeps its bytes.
 */

const dir = mkdtempSync(join(tmpdir(), "dienhinh-out-"));
const at = (...names: string[]): string => join(dir, ...names);
const INPUT = at("don-vi", "Xa_Sang_Nhe.xlsx");
let inputHash = "";

beforeAll(() => {
  mkdirSync(at("don-vi"));
  writeFileSync(INPUT, buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã Sáng Nhè") }] }));
  inputHash = sha256(readFileSync(INPUT));
  symlinkSync(at("don-vi"), at("lien-ket-thu-muc"));
  linkSync(INPUT, at("lien-ket-cung.xlsx"));
  writeFileSync(at("khac.xlsx"), "bản khác");
  symlinkSync(at("khac.xlsx"), at("lien-ket.xlsx"));
  execFileSync("mkfifo", [at("ong-dan.xlsx")]);
  mkdirSync(at("thu-muc.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const leftovers = (): string[] => [...readdirSync(dir), ...readdirSync(at("don-vi"))].filter((f) => f.endsWith(".tmp"));

describe("isSamePath", () => {
  it.each([
    ["the same path spelled with ..", join(dir, "don-vi", "..", "don-vi", "Xa_Sang_Nhe.xlsx"), true],
    ["through a linked folder", at("lien-ket-thu-muc", "Xa_Sang_Nhe.xlsx"), true],
    ["a hard link to it", at("lien-ket-cung.xlsx"), true],
    ["a new file in a linked folder", at("lien-ket-thu-muc", "moi.xlsx"), false],
    ["another file", at("khac.xlsx"), false],
  ])("%s: %s", (_what, path, same) => {
    expect(isSamePath(path, INPUT)).toBe(same);
  });
});

describe("check --out onto an input, however it is spelled: refused, the input untouched", () => {
  it.each([
    ["through a linked folder", at("lien-ket-thu-muc", "Xa_Sang_Nhe.xlsx")],
    ["a hard link to the input", at("lien-ket-cung.xlsx")],
  ])("%s", async (_what, out) => {
    const r = await runInProcess(["check", INPUT, "--plan", PLAN, "--out", out]);
    expect(r).toStrictEqual({ code: 2, stdout: "", stderr: `Lỗi: Tệp kết quả "${out}" trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè danh sách gốc.` });
    expect([sha256(readFileSync(INPUT)), leftovers()]).toStrictEqual([inputHash, []]);
  });

  it("consolidate --out through a linked folder onto one of its inputs: refused", async () => {
    const out = at("lien-ket-thu-muc", "Xa_Sang_Nhe.xlsx");
    const r = await runInProcess(["consolidate", at("don-vi"), "--plan", PLAN, "--out", out]);
    expect(r).toStrictEqual({ code: 2, stdout: "", stderr: `Lỗi: Tệp kết quả "${out}" nằm trong số tệp đầu vào; hãy chọn tên khác để không ghi đè tệp của đơn vị.` });
    expect(sha256(readFileSync(INPUT))).toBe(inputHash);
  });
});

describe("--out onto what is not a regular file: refused, nothing written", () => {
  const refusal = (out: string): string => `Lỗi: Không ghi kết quả vào "${out}" vì đó không phải tệp thông thường (là liên kết, ống dẫn, thiết bị hoặc thư mục); hãy chọn tên một tệp .xlsx mới.`;
  it.each([
    ["a link to another file", at("lien-ket.xlsx")],
    ["a named pipe", at("ong-dan.xlsx")],
    ["a device", "/dev/null"],
    ["a folder", at("thu-muc.xlsx")],
  ])("%s: check and consolidate both refuse; it stays what it was", async (_what, out) => {
    const before = lstatSync(out);
    expect(await runInProcess(["check", INPUT, "--plan", PLAN, "--out", out])).toStrictEqual({ code: 2, stdout: "", stderr: refusal(out) });
    expect(await runInProcess(["consolidate", INPUT, "--plan", PLAN, "--out", out])).toStrictEqual({ code: 2, stdout: "", stderr: refusal(out) });
    const after = lstatSync(out);
    expect([after.ino, after.mode, readFileSync(at("khac.xlsx"), "utf8"), leftovers()]).toStrictEqual([before.ino, before.mode, "bản khác", []]);
  });

  it("a regular file in the way is replaced whole", async () => {
    const out = at("cu.xlsx");
    writeFileSync(out, "bản cũ");
    const r = await runInProcess(["check", INPUT, "--plan", PLAN, "--out", out]);
    expect({ code: r.code, zip: readFileSync(out).subarray(0, 2).toString("latin1"), leftovers: leftovers() }).toStrictEqual({ code: 0, zip: "PK", leftovers: [] });
  });
});
