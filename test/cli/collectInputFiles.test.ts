import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectInputFiles, refusalOfCollectedPath } from "../../src/cli/collectInputFiles";
import { describeFileProblem } from "../../src/core/files/fileProblems";
import { PLAN, runInProcess } from "../bad/helpers/inProcess";
import { buildRawXlsx } from "../bad/helpers/rawXlsx";
import { listRows } from "../bad/helpers/unitList";

/**
 * A folder of units' files may hold links: one to a file or folder inside the folder is read like
 * the file itself (once), one leading out of it is not followed and is said in the skip list (a
 * "leak.csv" pointing at another folder must not land in the consolidation).
 */

const root = mkdtempSync(join(tmpdir(), "dienhinh-links-"));
const at = (...names: string[]): string => join(root, ...names);
const UNITS = at("don-vi");

beforeAll(() => {
  mkdirSync(at("don-vi", "cum-1"), { recursive: true });
  mkdirSync(at("noi-khac"));
  writeFileSync(at("don-vi", "Xa_A.xlsx"), buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã A") }] }));
  writeFileSync(at("don-vi", "cum-1", "Xa_B.xlsx"), buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã B") }] }));
  writeFileSync(at("noi-khac", "bi-mat.csv"), "Họ và tên,Đối tượng\nNguyễn Văn Mật,Cá nhân\n");
  writeFileSync(at("noi-khac", "Xa_C.xlsx"), buildRawXlsx({ sheets: [{ name: "Danh sách", rows: listRows("Xã C") }] }));
  symlinkSync(at("noi-khac", "bi-mat.csv"), at("don-vi", "leak.csv"));
  symlinkSync(at("noi-khac"), at("don-vi", "thu-muc-ngoai"));
  symlinkSync(at("don-vi", "cum-1", "Xa_B.xlsx"), at("don-vi", "ban-sao-B.xlsx"));
  symlinkSync(at("don-vi", "cum-1"), at("don-vi", "cum-1-lien-ket"));
  symlinkSync(at("don-vi"), at("don-vi", "cum-1", "vong-lai"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it("links inside the folder are read once; links leading out of it are listed, marked as not to be read", async () => {
  const files = await collectInputFiles([UNITS]);
  expect(files.map((f) => [f.slice(UNITS.length + 1), refusalOfCollectedPath(f)?.code ?? null])).toStrictEqual([
    // Xa_B.xlsx in cum-1, met first through its link, is read once.
    ["ban-sao-B.xlsx", null],
    ["leak.csv", "file/link-outside"],
    ["thu-muc-ngoai", "file/link-outside"],
    ["Xa_A.xlsx", null],
  ]);
});

it("consolidate over the folder: the outside links in the skip list with the reason, the units' lists read", async () => {
  const r = await runInProcess(["consolidate", UNITS, "--plan", PLAN, "--json", "--out", at("tong-hop.xlsx")]);
  const json = JSON.parse(r.stdout) as { units: { unit: string }[]; skipped: { file: string; sheet: string | null; reason: string }[] };
  const reason = describeFileProblem({ code: "file/link-outside", file: "leak.csv" });
  expect({ units: json.units.map((u) => u.unit).sort(), skipped: json.skipped }).toStrictEqual({
    units: ["Xã A", "Xã B"],
    skipped: [
      { file: "leak.csv", sheet: null, reason },
      { file: "thu-muc-ngoai", sheet: null, reason },
    ],
  });
});

it("a link named on the command line is the user's choice: read", async () => {
  expect(await collectInputFiles([at("don-vi", "leak.csv")])).toStrictEqual([at("don-vi", "leak.csv")]);
  expect(refusalOfCollectedPath(at("don-vi", "leak.csv"))).toBeUndefined();
});
