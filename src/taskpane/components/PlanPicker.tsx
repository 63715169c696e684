import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { parsePlanText } from "../../core/plan/parsePlan";
import type { Plan } from "../../core/plan/schema";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface PlanPickerProps {
  plans: readonly Plan[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onLoaded: (plan: Plan) => void;
}

function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsText(file);
  });
}

/** The built-in plans, and a plan file (.json) whose problems are listed all at once. */
export function PlanPicker({ plans, selectedId, onSelect, onLoaded }: PlanPickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const selected = plans.find((p) => p.id === selectedId);
  const load = async (file: File): Promise<void> => {
    setError(null);
    try {
      const result = parsePlanText(await readText(file));
      if (result.ok) onLoaded(result.plan);
      else setError({ message: `Tệp kế hoạch "${file.name}" có ${result.problems.length} lỗi:`, details: result.problems.map((p) => `${p.path}: ${p.message}`) });
    } catch {
      setError({ message: `Không đọc được tệp "${file.name}".`, details: [] });
    }
  };
  return (
    <section className={styles.panel} aria-label="Kế hoạch">
      <Field label="Kế hoạch">
        <Dropdown
          className={styles.dropdown}
          placeholder="Chọn kế hoạch"
          value={selected?.title ?? ""}
          selectedOptions={selectedId ? [selectedId] : []}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onSelect(data.optionValue);
          }}
        >
          {plans.map((p) => (
            <Option key={p.id} value={p.id} text={p.title}>
              {p.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button onClick={() => input.current?.click()}>Mở tệp kế hoạch…</Button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label="Tệp kế hoạch .json"
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
