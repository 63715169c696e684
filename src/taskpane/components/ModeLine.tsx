import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { PaneMode } from "../operations";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Said to screen readers, not drawn: Excel mode's pane looks as it always did.
  unseen: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

export const CONNECTING_TEXT = "Đang kết nối với Excel…";
export const BROWSER_MODE_TEXT = "Chế độ trình duyệt: chọn hoặc kéo thả tệp .xlsx; kết quả được tải xuống.";
export const EXCEL_CONNECTED_TEXT = "Đã kết nối với Excel.";

/**
 * Where the pane works, in one status line that is on screen from the first paint: while an
 * Office host's pane waits for office.js it says so (the mode's actions are disabled meanwhile),
 * then it tells the mode. One element throughout, so a screen reader hears each change.
 */
export function ModeLine({ mode }: { mode: PaneMode | null }) {
  const styles = useStyles();
  const text = mode === null ? CONNECTING_TEXT : mode === "browser" ? BROWSER_MODE_TEXT : mode === "excel" ? EXCEL_CONNECTED_TEXT : "";
  const drawn = mode === null || mode === "browser";
  return (
    <div role="status" className={drawn ? styles.line : styles.unseen} data-testid="mode-line">
      {mode === null ? <Spinner size="extra-tiny" aria-hidden /> : null}
      <Text size={200}>{text}</Text>
    </div>
  );
}
