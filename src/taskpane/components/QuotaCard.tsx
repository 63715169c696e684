import { Card, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { QuotaResult } from "../../core/model";
import { formatQuotaMessage } from "../../core/messages/vi";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  unmet: { border: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  unmetText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  figures: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

const two = (n: number): string => String(n).padStart(2, "0");

function describeState(q: QuotaResult): string {
  if (q.met === null) return "Chưa tính được";
  if (q.excess > 0) return "Vượt mức tối đa";
  return q.met ? "Đạt" : "Chưa đạt";
}

/** One quota: required, actual, shortfall; red when short or over the cap. */
export function QuotaCard({ quota }: { quota: QuotaResult }) {
  const styles = useStyles();
  const unmet = quota.met === false;
  const state = describeState(quota);
  return (
    <Card className={mergeClasses(styles.card, unmet && styles.unmet)} data-testid="quota-card" data-state={unmet ? "unmet" : quota.met === null ? "unknown" : "met"} aria-label={`${quota.text}: ${state}`}>
      <Text weight="semibold">{quota.text}{quota.group ? ` (${quota.group})` : ""}</Text>
      <Text size={200}>{quota.scope}, {quota.period}</Text>
      <div className={styles.figures}>
        <Text>Yêu cầu: {quota.required === null ? "—" : two(quota.required)}{quota.max !== undefined ? ` (tối đa ${two(quota.max)})` : ""}</Text>
        <Text>Hiện có: {two(quota.actual)}</Text>
        <Text>Thiếu: {two(quota.shortfall)}</Text>
        {quota.excess > 0 ? <Text>Vượt: {two(quota.excess)}</Text> : null}
      </div>
      <Text className={unmet ? styles.unmetText : undefined}>{state}</Text>
      <Text size={200} title={formatQuotaMessage(quota)}>{formatQuotaMessage(quota)}</Text>
    </Card>
  );
}
