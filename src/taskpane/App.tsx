import { Divider, Field, FluentProvider, Input, makeStyles, Text, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Consolidation } from "../core/consolidate/types";
import type { Plan } from "../core/plan/schema";
import { listBuiltinPlans } from "../plans/builtinPlans";
import { readUnitsOfRegistrySheet } from "../workflows/unitsRegistry";
import { AppendixPanel } from "./components/AppendixPanel";
import { CheckPanel } from "./components/CheckPanel";
import { ConsolidatePanel } from "./components/ConsolidatePanel";
import { PlanPicker } from "./components/PlanPicker";
import { UnitsRegistryPicker } from "./components/UnitsRegistryPicker";
import { PaneError, type CheckFilesResult, type PaneOperations, type PaneRunOptions, type SavedUnitsRegistry } from "./operations";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  // The browser's default h1/h2 margins, on top of the gap, cost a narrow pane a screen of scrolling.
  heading: { margin: 0 },
});

export interface AppProps {
  operations: PaneOperations;
  plans?: readonly Plan[];
}

const NO_PLAN = "Chưa chọn kế hoạch: hãy chọn một kế hoạch ở trên hoặc mở tệp kế hoạch.";
const BAD_YEAR = "Năm báo cáo phải là năm bốn chữ số, ví dụ 2024; để trống thì lấy năm ghi trong tiêu đề danh sách.";

/** The year typed: a number of four digits, nothing when empty, and a sentence when neither. */
export function parseYearField(text: string): { year?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === "") return {};
  const year = Number(trimmed);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? { year } : { error: BAD_YEAR };
}

export function App({ operations, plans: givenPlans }: AppProps) {
  const styles = useStyles();
  const builtins = useMemo(() => givenPlans ?? listBuiltinPlans(), [givenPlans]);
  const [loaded, setLoaded] = useState<Plan[]>([]);
  const plans = useMemo(() => [...loaded, ...builtins.filter((b) => !loaded.some((l) => l.id === b.id))], [loaded, builtins]);
  const [planId, setPlanId] = useState<string | null>(() => {
    const saved = operations.loadSavedPlanId();
    return saved && builtins.some((p) => p.id === saved) ? saved : null;
  });
  const [consolidation, setConsolidation] = useState<Consolidation | null>(null);
  const [registry, setRegistry] = useState<SavedUnitsRegistry | null>(() => operations.loadSavedUnitsRegistry?.() ?? null);
  const [yearText, setYearText] = useState("");
  const plan = plans.find((p) => p.id === planId) ?? null;
  const units = useMemo(() => (plan && registry ? readUnitsOfRegistrySheet(plan, registry.source, registry.sheet) : null), [plan, registry]);
  const year = parseYearField(yearText);

  const choose = (id: string): void => {
    setPlanId(id);
    setConsolidation(null);
    operations.savePlanId(id);
  };
  const requirePlan = (): Plan => {
    if (!plan) throw new PaneError(NO_PLAN);
    return plan;
  };
  /** What the command's --units, --year and --unit say; undefined when nothing is chosen. */
  const runOptions = (unit = ""): PaneRunOptions | undefined => {
    if (year.error) throw new PaneError(year.error);
    const options: PaneRunOptions = { ...(units ? { units } : {}), ...(year.year !== undefined ? { year: year.year } : {}), ...(unit ? { unit } : {}) };
    return Object.keys(options).length > 0 ? options : undefined;
  };
  const browser = operations.mode === "browser";

  const runCheck = async (files: readonly File[] | undefined, unit: string): Promise<CheckFilesResult> => {
    const chosen = requirePlan();
    const options = runOptions(unit);
    if (files && operations.checkFiles) return operations.checkFiles(chosen, files, options);
    const report = await (options ? operations.checkActive(chosen, files, options) : operations.checkActive(chosen, files));
    return { checked: [{ file: report.file, report }], failed: [] };
  };

  const chooseRegistry = async (file?: File): Promise<void> => {
    if (!operations.readUnitsRegistry) return;
    const chosen = await operations.readUnitsRegistry(requirePlan(), file);
    setRegistry(chosen);
    setConsolidation(null);
    operations.saveUnitsRegistry?.(chosen);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1" className={styles.heading}>Điển hình</Title3>
        {browser ? <Text size={200}>Chế độ trình duyệt: chọn hoặc kéo thả tệp .xlsx; kết quả được tải xuống.</Text> : null}
        <PlanPicker
          plans={plans}
          selectedId={planId}
          onSelect={choose}
          onLoaded={(p) => {
            setLoaded((list) => [p, ...list.filter((l) => l.id !== p.id)]);
            choose(p.id);
          }}
        />
        <Field label="Năm báo cáo (để trống: lấy theo tiêu đề danh sách)" size="small" validationMessage={year.error ?? null} validationState={year.error ? "error" : "none"}>
          <Input type="number" value={yearText} onChange={(_, d) => setYearText(d.value)} placeholder="Ví dụ: 2024" />
        </Field>
        <Divider />
        <Title3 as="h2" className={styles.heading}>Kiểm tra</Title3>
        <CheckPanel
          needsFile={browser}
          runCheck={runCheck}
          selectFinding={(f) => operations.selectFinding(f)}
          {...(browser ? {} : { clearMarks: () => operations.clearMarks() })}
        />
        <Divider />
        <Title3 as="h2" className={styles.heading}>Tổng hợp</Title3>
        <ConsolidatePanel
          filesRequired={browser}
          runConsolidate={(files) => {
            const chosen = requirePlan();
            const options = runOptions();
            return options ? operations.consolidate(chosen, files, options) : operations.consolidate(chosen, files);
          }}
          onConsolidated={setConsolidation}
          registry={
            operations.readUnitsRegistry ? (
              <UnitsRegistryPicker
                chosen={registry ? { source: registry.source, count: units?.length ?? null } : null}
                choose={chooseRegistry}
                forget={() => {
                  setRegistry(null);
                  operations.saveUnitsRegistry?.(null);
                }}
                fromWorkbook={!browser}
              />
            ) : null
          }
        />
        <Divider />
        <Title3 as="h2" className={styles.heading}>Tạo phụ lục</Title3>
        <AppendixPanel
          hasConsolidation={consolidation !== null}
          planHasAppendix={plan ? plan.appendix !== undefined : true}
          runAppendix={(kind, groupBy) => operations.writeAppendix(requirePlan(), kind, { groupBy, ...(consolidation ? { consolidation } : {}) })}
        />
      </main>
    </FluentProvider>
  );
}
