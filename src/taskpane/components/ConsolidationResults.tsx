import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import type { ConsolidateResult } from "../operations";
import { describeConsolidationSummary, describeConsolidationTotals, describeDuplicatePlaces, describeSkipped } from "../results/summaries";
import { DownloadButton } from "./DownloadButton";
import { FoldedList } from "./FoldedList";
import { QuotaGroups } from "./QuotaGroups";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  heading: { margin: 0, marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  name: { fontWeight: tokens.fontWeightSemibold },
  notSent: { color: tokens.colorPaletteRedForeground1 },
  wrap: { overflowWrap: "anywhere" },
});

export interface ConsolidationResultsProps {
  result: ConsolidateResult;
  summaryRef: Ref<HTMLHeadingElement>;
}

/**
 * Tổng hợp's result, in the order an officer reads it: the summary ("18 tệp: 15 đơn vị, 3 tệp bỏ
 * qua; 16/32 chỉ tiêu chưa đạt"), the workbook to download (the area's primary action), the
 * quotas by rule with the unmet first, the duplicates with their units and files, the files
 * skipped with their reasons, and the units; every long list folded.
 */
export function ConsolidationResults({ result, summaryRef }: ConsolidationResultsProps) {
  const styles = useStyles();
  const c = result.consolidation;
  const units = [...c.units.map((u) => ({ unit: u.unit, key: `${u.unit}-${u.file}`, text: `${u.rows} đề nghị, ${u.validRows} hợp lệ`, sent: true })), ...c.notSent.map((u) => ({ unit: u.unit, key: `chua-gui-${u.unit}`, text: "chưa gửi danh sách", sent: false }))];
  return (
    <div className={styles.result}>
      <h2 className={styles.summary} tabIndex={-1} ref={summaryRef} data-testid="consolidation-summary">
        {describeConsolidationSummary({ consolidation: c, ...(result.sources !== undefined ? { sources: result.sources } : {}), ...(result.read ? { read: result.read } : {}), ...(result.openWorkbook ? { openWorkbook: result.openWorkbook } : {}) })}
      </h2>
      <Text data-testid="consolidation-totals">{describeConsolidationTotals(c)}</Text>
      {result.download ? (
        <div>
          <DownloadButton primary blob={result.download} fileName={result.fileName ?? "Tong_hop.xlsx"} />
        </div>
      ) : (
        <Text>Đã ghi các trang tổng hợp vào sổ làm việc{result.sheets && result.sheets.length > 0 ? `: ${result.sheets.join(", ")}` : ""}.</Text>
      )}
      {c.quotas.length > 0 ? (
        <>
          <h3 className={styles.heading}>Chỉ tiêu</h3>
          <QuotaGroups quotas={c.quotas} />
        </>
      ) : null}
      {c.duplicates.length > 0 ? (
        <>
          <h3 className={styles.heading}>Trùng lặp ({c.duplicates.length})</h3>
          <Text size={200}>Mỗi người chỉ được tính một lần trong đơn vị của mình.</Text>
          <FoldedList
            items={c.duplicates}
            limit={5}
            label="Trùng lặp"
            itemKey={(d, i) => `${d.name}-${i}`}
            moreLabel={(n) => `và ${n} trường hợp khác`}
            render={(d) => (
              <Text className={styles.wrap}>
                <span className={styles.name}>{d.name}</span>: {describeDuplicatePlaces(d)}
              </Text>
            )}
          />
        </>
      ) : null}
      {c.skipped.length > 0 ? (
        <>
          <h3 className={styles.heading}>Bỏ qua ({c.skipped.length})</h3>
          <FoldedList
            items={c.skipped}
            limit={5}
            label="Tệp và trang bỏ qua"
            itemKey={(s, i) => `${s.file}-${s.sheet ?? ""}-${i}`}
            moreLabel={(n) => `và ${n} tệp khác`}
            render={(s) => <Text className={styles.wrap}>{describeSkipped(s)}</Text>}
          />
        </>
      ) : null}
      <h3 className={styles.heading}>Đơn vị ({units.length})</h3>
      <FoldedList
        items={units}
        limit={10}
        label="Các đơn vị"
        itemKey={(u) => u.key}
        moreLabel={(n) => `và ${n} đơn vị khác`}
        render={(u) => (
          <Text className={u.sent ? undefined : styles.notSent}>
            {u.unit}: {u.text}
          </Text>
        )}
      />
    </div>
  );
}
