import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatQuotaMessage } from "../../core/messages/vi";
import { formatQuotaNotes } from "../../core/messages/quotaMessages";
import type { QuotaResult } from "../../core/model";
import { describeQuotaFigures, describeQuotaGroupName, describeQuotaKinds, groupQuotas, groupState, type QuotaGroup, type QuotaItem } from "../results/quotaGroups";
import { FoldedList } from "./FoldedList";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  unmetGroup: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  unknownGroup: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  metGroup: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  rule: { fontWeight: tokens.fontWeightSemibold },
  item: { display: "flex", flexDirection: "column" },
  unit: { fontWeight: tokens.fontWeightSemibold },
  unmet: { color: tokens.colorPaletteRedForeground1 },
  unknown: { color: tokens.colorPaletteDarkOrangeForeground1 },
  met: { color: tokens.colorPaletteGreenForeground1 },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

const STATE_TEXT = { unmet: "Chưa đạt", unknown: "Chưa tính được", met: "Đạt" } as const;

function QuotaLine({ item }: { item: QuotaItem }) {
  const styles = useStyles();
  const { quota, state } = item;
  const kinds = describeQuotaKinds(quota);
  const note = formatQuotaNotes(quota).join("; ");
  return (
    <div className={styles.item} data-testid="quota-card" data-state={state} title={formatQuotaMessage(quota)}>
      <Text>
        <span className={styles.unit}>{item.label}</span>
        {": "}
        <span className={styles[state]}>{STATE_TEXT[state]}</span>
      </Text>
      <Text size={200} className={styles.figures}>
        {describeQuotaFigures(quota).map((part) => (
          <span key={part}>{part}</span>
        ))}
        {kinds ? <span>({kinds})</span> : null}
      </Text>
      {note ? <Text size={200}>{note}</Text> : null}
    </div>
  );
}

function Group({ group }: { group: QuotaGroup }) {
  const styles = useStyles();
  const state = groupState(group);
  const open = group.items.filter((i) => i.state !== "met");
  const met = group.items.filter((i) => i.state === "met");
  return (
    <div
      role="group"
      aria-label={describeQuotaGroupName(group)}
      data-testid="quota-group"
      data-state={state}
      className={mergeClasses(styles.group, state === "unmet" ? styles.unmetGroup : state === "unknown" ? styles.unknownGroup : styles.metGroup)}
    >
      <Text className={styles.rule}>{group.text}</Text>
      <Text size={200}>
        {[group.period, group.counts.unmet > 0 ? `${group.counts.unmet} chưa đạt` : null, group.counts.unknown > 0 ? `${group.counts.unknown} chưa tính được` : null, group.counts.met > 0 ? `${group.counts.met} đạt` : null]
          .filter(Boolean)
          .join(" · ")}
      </Text>
      <FoldedList
        items={open}
        limit={10}
        plain
        label={`Chưa đạt: ${group.text}`}
        itemKey={(item, i) => `${item.label}-${i}`}
        render={(item) => <QuotaLine item={item} />}
        moreLabel={(n) => `và ${n} đơn vị khác chưa đạt`}
      />
      <FoldedList
        items={met}
        limit={open.length === 0 && met.length === 1 ? 1 : 0}
        plain
        label={`Đạt: ${group.text}`}
        itemKey={(item, i) => `${item.label}-${i}`}
        render={(item) => <QuotaLine item={item} />}
        moreLabel={(n) => (open.length > 0 ? `và ${n} đơn vị đạt` : `Xem ${n} đơn vị đạt`)}
      />
    </div>
  );
}

/**
 * Quota results grouped by rule: the rule's text once, its units under it, unmet first; rules
 * whose every unit is met are folded under one line at the end.
 */
export function QuotaGroups({ quotas }: { quotas: readonly QuotaResult[] }) {
  const styles = useStyles();
  const groups = groupQuotas(quotas);
  const open = groups.filter((g) => groupState(g) !== "met");
  const met = groups.filter((g) => groupState(g) === "met");
  if (groups.length === 0) return null;
  return (
    <div className={styles.groups}>
      {open.map((g) => (
        <Group key={g.ruleId} group={g} />
      ))}
      <FoldedList
        items={met}
        limit={open.length === 0 ? 3 : 0}
        plain
        label="Chỉ tiêu đã đạt"
        itemKey={(g) => g.ruleId}
        render={(g) => <Group group={g} />}
        moreLabel={(n) => (open.length === 0 ? `và ${n} chỉ tiêu khác đã đạt` : `Xem ${n} chỉ tiêu đã đạt`)}
      />
    </div>
  );
}
