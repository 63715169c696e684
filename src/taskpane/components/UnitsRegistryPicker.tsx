import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { SPREADSHEET_ACCEPT } from "../fileKinds";
import { ErrorBar } from "./ErrorBar";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** What the picker shows of the chosen registry. */
export interface ChosenRegistry {
  source: string;
  /** Units read under the chosen plan; null when no plan is chosen yet. */
  count: number | null;
}

export interface UnitsRegistryPickerProps {
  chosen: ChosenRegistry | null;
  /** Reads the registry from a picked file, or (no file) from a sheet of the open workbook. */
  choose: (file?: File) => Promise<void>;
  forget: () => void;
  /** Excel mode: the registry may be a sheet of the open workbook. */
  fromWorkbook: boolean;
  /** Another action is running. */
  disabled?: boolean;
}

export const REGISTRY_INPUT_LABEL = "Chọn danh sách đơn vị (.xlsx)…";

/**
 * The units registry (Tên đơn vị | Loại đơn vị | Số CBCCVC), as the command's --units: the
 * registry's spelling of each unit, its kind and its staff for "≥ 5 % of staff" quotas, and the
 * units that sent nothing. Remembered like the plan.
 */
export function UnitsRegistryPicker({ chosen, choose, forget, fromWorkbook, disabled = false }: UnitsRegistryPickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  return (
    <div className={styles.group} role="group" aria-label="Danh sách đơn vị">
      <Text size={200} data-testid="units-registry">
        {chosen
          ? `Danh sách đơn vị: ${chosen.source}${chosen.count !== null ? ` (${chosen.count} đơn vị)` : ""}.`
          : "Chưa chọn danh sách đơn vị (tên, loại, số CBCCVC): tên đơn vị lấy theo tiêu đề của từng danh sách."}
      </Text>
      <div className={styles.row}>
        <Button size="small" disabled={disabled || action.busy} onClick={() => input.current?.click()}>
          Chọn danh sách đơn vị…
        </Button>
        {fromWorkbook ? (
          <Button size="small" disabled={disabled || action.busy} onClick={() => void action.run(() => choose())}>
            Dùng trang danh sách đơn vị của sổ làm việc
          </Button>
        ) : null}
        {chosen ? (
          <Button size="small" appearance="subtle" disabled={disabled || action.busy} onClick={forget}>
            Bỏ danh sách đơn vị
          </Button>
        ) : null}
      </div>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={REGISTRY_INPUT_LABEL}
        accept={SPREADSHEET_ACCEPT}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void action.run(() => choose(file));
        }}
      />
      <ErrorBar title="Danh sách đơn vị không dùng được" message={action.error} />
    </div>
  );
}
