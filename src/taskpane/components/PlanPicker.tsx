import { Button, Caption1, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { formatPlanPeriod } from "../../core/messages/planMessages";
import { describePlanPeriod } from "../../core/plan/planStatus";
import type { Plan } from "../../core/plan/schema";
import { XLSX_MIME } from "../operations";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  option: { display: "flex", flexDirection: "column" },
  ended: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface PlanPickerProps {
  plans: readonly Plan[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onLoaded: (plan: Plan) => void;
  /** The day the plans' periods are told against (a Date whose UTC day is today); the clock's by default. */
  today?: Date;
}

const todayOfClock = (): Date => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};

/**
 * The built-in plans, each with its period and whether it has ended, and a plan file — a plan
 * workbook (.xlsx) or its JSON — whose problems are listed all at once.
 */
export function PlanPicker({ plans, selectedId, onSelect, onLoaded, today }: PlanPickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const day = today ?? todayOfClock();
  const selected = plans.find((p) => p.id === selectedId);
  const load = async (file: File): Promise<void> => {
    setError(null);
    try {
      const { readPlanFile } = await import("../readPlanFile.js");
      const result = await readPlanFile(file);
      if (result.ok) onLoaded(result.plan);
      else setError({ message: `Tệp kế hoạch "${file.name}" có ${result.problems.length} lỗi:`, details: result.problems });
    } catch {
      setError({ message: `Không đọc được tệp "${file.name}": tệp hỏng, hoặc không phải sổ kế hoạch .xlsx hay tệp kế hoạch .json.`, details: [] });
    }
  };
  const selectedStatus = selected ? describePlanPeriod(selected, day) : null;
  return (
    <section className={styles.panel} aria-label="Kế hoạch">
      <Field
        label="Kế hoạch"
        {...(selectedStatus ? { hint: `Thời gian: ${formatPlanPeriod(selectedStatus)}`, validationState: selectedStatus.state === "ended" ? "warning" : "none" } : {})}
      >
        <Dropdown
          className={styles.dropdown}
          placeholder="Chọn kế hoạch"
          // In the pane's landmark (not a portal at the end of body): a screen reader finds the list where the picker is.
          inlinePopup
          value={selected?.title ?? ""}
          selectedOptions={selectedId ? [selectedId] : []}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onSelect(data.optionValue);
          }}
        >
          {plans.map((p) => {
            const status = describePlanPeriod(p, day);
            return (
              <Option key={p.id} value={p.id} text={p.title}>
                <span className={styles.option}>
                  <span>{p.title}</span>
                  <Caption1 className={status.state === "ended" ? styles.ended : undefined}>{formatPlanPeriod(status)}</Caption1>
                </span>
              </Option>
            );
          })}
        </Dropdown>
      </Field>
      <Button onClick={() => input.current?.click()}>Mở tệp kế hoạch…</Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={`.xlsx,.json,application/json,${XLSX_MIME}`}
        aria-label="Tệp kế hoạch .xlsx hoặc .json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void load(file);
        }}
      />
      <ErrorBar title="Kế hoạch không dùng được" message={error?.message ?? null} details={error?.details ?? []} />
    </section>
  );
}
