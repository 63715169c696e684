import { Button, Label, makeStyles, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AppendixKind, AppendixResult } from "../operations";
import { DownloadButton } from "./DownloadButton";
import { ErrorBar } from "./ErrorBar";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface AppendixPanelProps {
  hasConsolidation: boolean;
  /** False when the chosen plan has no appendix table: only the list can be made. */
  planHasAppendix?: boolean;
  runAppendix: (kind: AppendixKind, groupBy: "unit" | "field") => Promise<AppendixResult>;
  disabled?: boolean;
}

export function AppendixPanel({ hasConsolidation, planHasAppendix = true, runAppendix, disabled = false }: AppendixPanelProps) {
  const styles = useStyles();
  const [chosen, setKind] = useState<AppendixKind>("plan");
  const kind: AppendixKind = planHasAppendix ? chosen : "list";
  const [groupBy, setGroupBy] = useState<"unit" | "field">("unit");
  const [result, setResult] = useState<AppendixResult | null>(null);
  const action = useAction();
  const start = async (): Promise<void> => {
    setResult(null);
    const r = await action.run(() => runAppendix(kind, groupBy));
    if (r) setResult(r);
  };
  return (
    <section className={styles.panel} aria-label="Tạo phụ lục">
      <Label id="appendix-kind">Loại phụ lục</Label>
      <RadioGroup aria-labelledby="appendix-kind" value={kind} onChange={(_, d) => setKind(d.value === "list" ? "list" : "plan")}>
        <Radio value="plan" label={planHasAppendix ? "Bảng phụ lục của kế hoạch" : "Bảng phụ lục của kế hoạch (kế hoạch này không có)"} disabled={!planHasAppendix} />
        <Radio value="list" label="Danh sách điển hình (cần tổng hợp trước)" />
      </RadioGroup>
      {kind === "list" ? (
        <RadioGroup aria-label="Nhóm theo" layout="horizontal" value={groupBy} onChange={(_, d) => setGroupBy(d.value === "field" ? "field" : "unit")}>
          <Radio value="unit" label="Nhóm theo đơn vị" />
          <Radio value="field" label="Nhóm theo lĩnh vực" />
        </RadioGroup>
      ) : null}
      {kind === "plan" && hasConsolidation ? <Text size={200}>Bảng sẽ ghi kèm số liệu đã tổng hợp.</Text> : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled || action.busy} onClick={() => void start()}>
          Tạo phụ lục
        </Button>
        {action.busy ? <Spinner size="tiny" label="Đang tạo…" /> : null}
      </div>
      <ErrorBar message={action.error} />
      {result ? result.download ? <DownloadButton blob={result.download} fileName={result.fileName ?? "Phu_luc.xlsx"} /> : <Text>Đã ghi phụ lục vào trang mới{result.sheet ? ` "${result.sheet}"` : ""}.</Text> : null}
    </section>
  );
}
