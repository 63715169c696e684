import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { SPREADSHEET_ACCEPT } from "../fileKinds";
import type { ConsolidateResult } from "../operations";
import type { AreaMessage, ProgressStore } from "../usePaneRuns";
import { ConsolidationResults } from "./ConsolidationResults";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { RunStatus } from "./RunStatus";
import { useResultFocus } from "./useResultFocus";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ConsolidatePanelProps {
  /** In Excel mode files are optional: without them the open workbook's sheets are used. */
  filesRequired: boolean;
  busy: boolean;
  /** This area's running action, if it is the one. */
  progress: { progress: ProgressStore } | null;
  result: ConsolidateResult | null;
  message: AreaMessage | null;
  onConsolidate: (files: readonly File[]) => void;
  onCancel: () => void;
  /** Files were picked (the host may get ready for the run). */
  onPicked?: () => void;
  /** The units registry's picker, shown in this area (the registry serves Kiểm tra too). */
  registry?: ReactNode;
}

export function ConsolidatePanel({ filesRequired, busy, progress, result, message, onConsolidate, onCancel, onPicked, registry }: ConsolidatePanelProps) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const { statusRef, summaryRef, messageRef } = useResultFocus(progress !== null, result, message);
  const downloadReady = result?.download !== undefined;
  return (
    <section className={styles.panel} aria-label="Tổng hợp">
      <FilePicker label="Chọn các tệp của đơn vị…" multiple accept={SPREADSHEET_ACCEPT} files={files} onFiles={(picked) => {
          setFiles(picked);
          onPicked?.();
        }} disabled={busy} />
      {!filesRequired ? <Text size={200}>Không chọn tệp thì tổng hợp các trang của sổ làm việc đang mở.</Text> : null}
      {registry}
      <div className={styles.row}>
        <Button appearance={downloadReady ? "secondary" : "primary"} data-appearance={downloadReady ? "secondary" : "primary"} disabled={busy} onClick={() => onConsolidate(files)}>
          Tổng hợp
        </Button>
      </div>
      {progress ? <RunStatus progress={progress.progress} writing={filesRequired ? "Đang tạo tệp tổng hợp…" : "Đang ghi các trang tổng hợp…"} onCancel={onCancel} statusRef={statusRef} /> : null}
      <ErrorBar message={message?.message ?? null} intent={message?.cancelled ? "info" : "error"} focusRef={messageRef} />
      {!progress && result ? (
        <ConsolidationResults result={result} summaryRef={summaryRef} />
      ) : null}
    </section>
  );
}
