import { Button, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useId, type Ref } from "react";
import { describeProgress } from "../results/summaries";
import { useProgress, type ProgressStore } from "../usePaneRuns";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
  current: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
});

export interface RunStatusProps {
  progress: ProgressStore;
  /** What the run does once its files are read ("Đang ghi tệp tổng hợp…"). */
  writing: string;
  onCancel: () => void;
  /** The status itself: focus goes to its Hủy while the action runs. */
  statusRef?: Ref<HTMLDivElement>;
}

/**
 * A running action: "Đang đọc 123/300 tệp" over a bar whose value is the files done (a
 * `progressbar` with its value, then without one while the result is written), and Hủy.
 */
export function RunStatus({ progress: store, writing, onCancel, statusRef }: RunStatusProps) {
  const styles = useStyles();
  const progress = useProgress(store);
  const labelId = useId();
  const text = describeProgress(progress, writing);
  const reading = progress?.phase === "read" && progress.total > 0;
  return (
    <div className={styles.status} data-testid="run-status" ref={statusRef}>
      <Text id={labelId}>{text}</Text>
      <div className={styles.row}>
        <ProgressBar
          className={styles.bar}
          aria-labelledby={labelId}
          thickness="large"
          {...(reading ? { value: progress.done, max: progress.total } : {})}
        />
        <Button size="small" onClick={onCancel}>
          Hủy
        </Button>
      </div>
      {reading && progress.current ? (
        <Text size={200} className={styles.current}>
          {progress.current}
        </Text>
      ) : null}
    </div>
  );
}
