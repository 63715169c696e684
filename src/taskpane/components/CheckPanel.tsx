import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { SPREADSHEET_ACCEPT } from "../fileKinds";
import type { CheckFilesResult, PaneFinding } from "../operations";
import type { AreaMessage, ProgressStore } from "../usePaneRuns";
import { CheckResults } from "./CheckResults";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { RunStatus } from "./RunStatus";
import { useResultFocus } from "./useResultFocus";

export { describeFinding } from "./FindingsList";
export { describeSummary } from "../results/summaries";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface CheckPanelProps {
  /** Browser mode asks for files; Excel mode checks the active sheet. */
  needsFile: boolean;
  /** The mode is not known yet: neither files nor the sheet are offered (the pane's status line says why). */
  connecting?: boolean;
  /** An action (of any area) is running: this one's buttons wait. */
  busy: boolean;
  /** This area's running action, if it is the one. */
  progress: { progress: ProgressStore } | null;
  result: CheckFilesResult | null;
  /** Excel: a note after Xóa đánh dấu. */
  note: string | null;
  message: AreaMessage | null;
  onCheck: (files: readonly File[] | undefined, unit: string) => void;
  onCancel: () => void;
  /** Files were picked (the host may get ready for the run). */
  onPicked?: () => void;
  /** Only where marks exist (Excel). */
  onClearMarks?: () => void;
  /** Excel: a finding selects its cell. */
  select?: (finding: PaneFinding) => void;
  onError: (message: string) => void;
}

export function CheckPanel({ needsFile, connecting = false, busy, progress, result, note, message, onCheck, onCancel, onPicked, onClearMarks, select, onError }: CheckPanelProps) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [unit, setUnit] = useState("");
  const { statusRef, summaryRef, messageRef } = useResultFocus(progress !== null, result ?? note, message);
  // Once a single file's marked copy is ready, downloading it is the primary action.
  const downloadReady = result !== null && result.checked.length === 1 && result.failed.length === 0 && result.checked[0]?.fileName !== undefined;
  return (
    <section className={styles.panel} aria-label="Kiểm tra">
      {connecting ? null : needsFile ? (
        <FilePicker label="Chọn tệp .xlsx…" multiple accept={SPREADSHEET_ACCEPT} files={files} onFiles={(picked) => {
          setFiles(picked);
          onPicked?.();
        }} disabled={busy} />
      ) : (
        <Text>Kiểm tra trang tính đang mở.</Text>
      )}
      <Field label="Tên đơn vị của danh sách (để trống: lấy theo tiêu đề)" size="small">
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} placeholder="Ví dụ: Phường Ngọc Thụy" />
      </Field>
      <div className={styles.row}>
        <Button appearance={downloadReady ? "secondary" : "primary"} data-appearance={downloadReady ? "secondary" : "primary"} disabled={busy} onClick={() => onCheck(needsFile ? files : undefined, unit.trim())}>
          Kiểm tra
        </Button>
        {onClearMarks ? (
          <Button disabled={busy} onClick={onClearMarks}>
            Xóa đánh dấu
          </Button>
        ) : null}
      </div>
      {progress ? <RunStatus progress={progress.progress} writing={needsFile ? "Đang kiểm tra…" : "Đang đánh dấu trên trang tính…"} onCancel={onCancel} statusRef={statusRef} /> : null}
      <ErrorBar message={message?.message ?? null} intent={message?.cancelled ? "info" : "error"} focusRef={messageRef} />
      {!progress && note && !message ? (
        <h2 className={styles.note} tabIndex={-1} ref={summaryRef}>
          {note}
        </h2>
      ) : null}
      {!progress && result ? <CheckResults result={result} summaryRef={summaryRef} onError={onError} {...(select ? { select } : {})} /> : null}
    </section>
  );
}
