import { Card, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { QuotaResult } from "../../core/model";
import { formatQuotaMessage } from "../../core/messages/vi";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  unmet: { border: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  unmetText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  metText: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  figures: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

const two = (n: number): string => String(n).padStart(2, "0");

const KIND_NAMES: Record<string, string> = { tap_the: "tập thể", ca_nhan: "cá nhân", ho_gia_dinh: "hộ gia đình", mo_hinh: "mô hình", doanh_nghiep: "doanh nghiệp" };

function describeKinds(q: QuotaResult): string | null {
  if (!q.byKind) return null;
  const parts = Object.entries(q.byKind).map(([kind, v]) => `${KIND_NAMES[kind] ?? kind} ${two(v.actual)}/${two(v.required)}`);
  return parts.length > 0 ? `Theo đối tượng: ${parts.join(", ")}` : null;
}

function describeState(q: QuotaResult): string {
  if (q.met === null) return "Chưa tính được";
  if (q.excess > 0) return "Vượt mức tối đa";
  return q.met ? "Đạt" : "Chưa đạt";
}

/**
 * One quota: required, actual, shortfall; red when short or over the cap. The one-line sentence
 * of the CLI would repeat the quota's long text in a narrow pane, so it is the card's tooltip.
 */
export function QuotaCard({ quota }: { quota: QuotaResult }) {
  const styles = useStyles();
  const unmet = quota.met === false;
  const state = describeState(quota);
  const kinds = describeKinds(quota);
  return (
    <Card
      className={mergeClasses(styles.card, unmet && styles.unmet)}
      data-testid="quota-card"
      data-state={unmet ? "unmet" : quota.met === null ? "unknown" : "met"}
      aria-label={`${quota.text}: ${state}`}
      title={formatQuotaMessage(quota)}
    >
      <Text weight="semibold">{quota.text}{quota.group ? ` (${quota.group})` : ""}</Text>
      <Text size={200}>{quota.scope}{quota.notSent ? " (chưa gửi danh sách)" : ""}, {quota.period}</Text>
      <div className={styles.figures}>
        <Text>Yêu cầu: {quota.required === null ? "—" : two(quota.required)}{quota.max !== undefined ? ` (tối đa ${two(quota.max)})` : ""}</Text>
        <Text>Hiện có: {two(quota.actual)}</Text>
        <Text>Thiếu: {two(quota.shortfall)}</Text>
        {quota.excess > 0 ? <Text>Vượt: {two(quota.excess)}</Text> : null}
      </div>
      {kinds ? <Text size={200}>{kinds}</Text> : null}
      <Text className={unmet ? styles.unmetText : quota.met ? styles.metText : undefined}>{state}</Text>
      {quota.met === null && quota.missing ? <Text size={200}>Vì thiếu {quota.missing}.</Text> : null}
    </Card>
  );
}
