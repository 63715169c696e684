import { Button, Label, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { SPREADSHEET_ACCEPT } from "../fileKinds";
import type { AppendixKind, AppendixResult, ConsolidationView } from "../operations";
import { describeConsolidationSummary } from "../results/summaries";
import type { AreaMessage, ProgressStore } from "../usePaneRuns";
import { DownloadButton } from "./DownloadButton";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { RunStatus } from "./RunStatus";
import { useResultFocus } from "./useResultFocus";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  data: { overflowWrap: "anywhere" },
});

export interface AppendixPanelProps {
  /** The consolidation of this session's Tổng hợp, for the current plan (null when none). */
  consolidation: ConsolidationView | null;
  /** False when the chosen plan has no appendix table: only the list can be made. */
  planHasAppendix?: boolean;
  busy: boolean;
  /** This area's running action, if it is the one. */
  progress: { progress: ProgressStore } | null;
  result: AppendixResult | null;
  message: AreaMessage | null;
  onMake: (kind: AppendixKind, groupBy: "unit" | "field", from: readonly File[]) => void;
  onCancel: () => void;
  /** Files were picked (the host may get ready for the run). */
  onPicked?: () => void;
}

/** Where the appendix takes its numbers from, in one sentence. */
function describeData(from: readonly File[], consolidation: ConsolidationView | null, kind: AppendixKind): string {
  if (from.length > 0) return `Số liệu: bản tổng hợp ${from.map((f) => f.name).join(", ")}.`;
  if (consolidation) return `Số liệu: kết quả Tổng hợp vừa làm (${consolidation.units.length} đơn vị, ${consolidation.totals.validRows} đề nghị hợp lệ).`;
  return kind === "plan" ? "Chưa có số liệu: bảng in theo kế hoạch, không kèm số đã tổng hợp." : "Phụ lục danh sách cần số liệu: hãy Tổng hợp trước, hoặc chọn bản tổng hợp đã lưu.";
}

export function AppendixPanel({ consolidation, planHasAppendix = true, busy, progress, result, message, onMake, onCancel, onPicked }: AppendixPanelProps) {
  const styles = useStyles();
  const [chosen, setKind] = useState<AppendixKind>("plan");
  const kind: AppendixKind = planHasAppendix ? chosen : "list";
  const [groupBy, setGroupBy] = useState<"unit" | "field">("unit");
  const [from, setFrom] = useState<File[]>([]);
  const { statusRef, summaryRef, messageRef } = useResultFocus(progress !== null, result, message);
  const downloadReady = result?.download !== undefined;
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
      <FilePicker
        label="Chọn bản tổng hợp đã lưu…"
        hint="Hoặc lập từ một bản tổng hợp đã lưu (.xlsx):"
        accept={SPREADSHEET_ACCEPT}
        files={from}
        onFiles={(picked) => {
          setFrom(picked);
          onPicked?.();
        }}
        disabled={busy}
      />
      <Text size={200} className={styles.data} data-testid="appendix-data">
        {describeData(from, consolidation, kind)}
      </Text>
      <div className={styles.row}>
        <Button appearance={downloadReady ? "secondary" : "primary"} data-appearance={downloadReady ? "secondary" : "primary"} disabled={busy} onClick={() => onMake(kind, groupBy, from)}>
          Tạo phụ lục
        </Button>
        {from.length > 0 ? (
          <Button appearance="subtle" disabled={busy} onClick={() => setFrom([])}>
            Bỏ bản tổng hợp đã chọn
          </Button>
        ) : null}
      </div>
      {progress ? <RunStatus progress={progress.progress} writing="Đang tạo phụ lục…" onCancel={onCancel} statusRef={statusRef} /> : null}
      <ErrorBar message={message?.message ?? null} intent={message?.cancelled ? "info" : "error"} focusRef={messageRef} />
      {!progress && result ? (
        <div className={styles.result}>
          <h2 className={styles.summary} tabIndex={-1} ref={summaryRef} data-testid="appendix-summary">
            {result.download ? `Đã tạo ${result.fileName ?? "phụ lục"}.` : `Đã ghi phụ lục vào trang mới${result.sheet ? ` "${result.sheet}"` : ""}.`}
          </h2>
          {result.consolidation ? <Text size={200}>Lập từ bản tổng hợp: {describeConsolidationSummary({ consolidation: result.consolidation })}</Text> : null}
          {result.download ? (
            <div>
              <DownloadButton primary blob={result.download} fileName={result.fileName ?? "Phu_luc.xlsx"} />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
