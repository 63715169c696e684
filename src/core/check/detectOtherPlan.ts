import type { Finding, Nomination } from "../model";
import { describePlanScope } from "../plan/describePlanScope";
import type { Plan } from "../plan/schema";
import { toCellText } from "../read/grid";
import type { ReadList } from "../read/readListSheet";
import { toMatchKey } from "../text/normalize";

/**
 * A list checked against the wrong plan gives a page of findings that mean nothing. Three signs
 * give it away, said once for the sheet: its title names another plan's number, or another place
 * of the plan's own tier ("UBND HUYỆN TỦA CHÙA" on a list checked against quận Long Biên's plan),
 * or almost none of the movements and fields its rows name are the plan's.
 */

export type OtherPlanSign = { reason: "number"; named: string } | { reason: "place"; named: string } | { reason: "names"; matched: number; total: number };

/** "Kế hoạch số 123/KH-UBND", "KH số 123/KH-UBND": the number a title cites. */
const PLAN_NUMBER = /(?<![\p{L}])(?:kế hoạch|kh)\s*(?:số\s*)?:?\s*(\d+\s*\/\s*[\p{L}\d]+(?:\s*[-–]\s*[\p{L}\d]+)*)/giu;

const numberKey = (n: string): string => toMatchKey(n).replace(/\s+/gu, "");

/** Words naming a unit of local government, each with its tier; longer ones first so "thị xã" is not read as "xã". */
const PLACE_WORDS: readonly (readonly [string, "district" | "commune" | "province"])[] = [
  ["thị xã", "district"],
  ["thị trấn", "commune"],
  ["đặc khu", "commune"],
  ["huyện", "district"],
  ["quận", "district"],
  ["phường", "commune"],
  ["tỉnh", "province"],
  ["xã", "commune"],
];
const PLACE_PHRASE = new RegExp(`(?<![\\p{L}])(${PLACE_WORDS.map(([w]) => w).join("|")})\\s+([\\p{L}][\\p{L}\\s]{0,40})`, "gu");
/** Words after a place word that make it no place: "xã hội", "huyện ủy", "tỉnh đội". */
const NOT_A_PLACE = new Set(["hoi", "uy", "doi", "ngheo"]);
/** Where a place's name ends in a title line. */
const NAME_END = /\s(?:năm|giai đoạn|về|trên|đến|từ|tháng|ngày)\b.*$/u;

const tierOf = (word: string) => PLACE_WORDS.find(([w]) => w === word)?.[1];

/** The plan's own place: its tier and name key ("district", "long bien"), or null when unnamed ("xã …"). */
const placeOfPlan = (plan: Plan): { tier: string; name: string } | null => {
  const scope = describePlanScope(plan).toLocaleLowerCase("vi").normalize("NFC");
  const word = PLACE_WORDS.find(([w]) => scope.startsWith(`${w} `));
  if (!word) return null;
  const name = toMatchKey(scope.slice(word[0].length));
  return name === "" ? null : { tier: word[1], name };
};

/** Places of the plan's tier that a title names, as written ("huyện Tủa Chùa"). */
const listPlacesNamed = (title: string, tier: string): { text: string; key: string }[] => {
  const out: { text: string; key: string }[] = [];
  for (const line of title.split("\n")) {
    const lower = line.toLocaleLowerCase("vi").normalize("NFC");
    for (const m of lower.matchAll(PLACE_PHRASE)) {
      const [, word = "", rest = ""] = m;
      if (tierOf(word) !== tier) continue;
      const name = rest.replace(NAME_END, "").trim().split(/\s+/u).slice(0, 4).join(" ");
      const key = toMatchKey(name);
      if (key === "" || NOT_A_PLACE.has(key.split(" ")[0] ?? "")) continue;
      const shown = name.split(" ").map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1)).join(" ");
      out.push({ text: `${word} ${shown}`, key });
    }
  }
  return out;
};

/** The text above the header, one line per cell (a merged title repeated across its cells once). */
const readTitle = (list: ReadList): string =>
  list.rows
    .slice(0, list.header.headerRow)
    .map((r) => [...new Set(r.map((v) => toCellText(v).trim()).filter((t) => t !== ""))].join("\n"))
    .join("\n");

const signFromNumber = (title: string, plan: Plan): OtherPlanSign | null => {
  const own = numberKey(plan.number);
  // A plan whose number is not known ("…/KH-UBND") cannot be told from another by its number.
  if (!/\d/u.test(own)) return null;
  const cited = plan.legalBasis.map((c) => numberKey(c.ref));
  for (const m of title.matchAll(PLAN_NUMBER)) {
    const named = (m[1] ?? "").replace(/\s+/gu, "");
    const key = numberKey(named);
    if (key === own || cited.some((c) => c.includes(key))) return null;
    return { reason: "number", named };
  }
  return null;
};

const signFromPlace = (title: string, plan: Plan): OtherPlanSign | null => {
  const own = placeOfPlan(plan);
  if (!own) return null;
  const named = listPlacesNamed(title, own.tier);
  if (named.length === 0 || named.some((p) => p.key.startsWith(own.name))) return null;
  return { reason: "place", named: named[0]?.text ?? "" };
};

/** "Almost none": at most one in ten of the rows naming a movement or field the plan could know. */
const signFromNames = (nominations: readonly Nomination[], plan: Plan): OtherPlanSign | null => {
  let total = 0;
  let matched = 0;
  for (const n of nominations) {
    // A field names nothing to check when the plan lists none (its fields are open).
    const named = (n.movementText !== undefined && plan.movements.length > 0) || (n.fieldText !== undefined && plan.fields.length > 0);
    if (!named) continue;
    total++;
    if (n.movement !== undefined || n.field !== undefined) matched++;
  }
  return total >= 3 && matched * 10 <= total ? { reason: "names", matched, total } : null;
};

/** The first sign that the list belongs to another plan, or null. */
export const detectOtherPlan = (list: ReadList, nominations: readonly Nomination[], plan: Plan): OtherPlanSign | null => {
  const title = readTitle(list);
  return signFromNumber(title, plan) ?? signFromPlace(title, plan) ?? signFromNames(nominations, plan);
};

/** The sheet's one finding for a sign: a warning, since the list may be right and the title odd. */
export const toOtherPlanFinding = (sign: OtherPlanSign, sheet: string): Finding =>
  sign.reason === "names"
    ? { code: "sheet/other-plan", severity: "warning", sheet, ruleId: sign.reason, actual: sign.matched, expected: sign.total }
    : { code: "sheet/other-plan", severity: "warning", sheet, ruleId: sign.reason, actual: sign.named };
