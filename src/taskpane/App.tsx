import { Divider, FluentProvider, makeStyles, Text, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Consolidation } from "../core/consolidate/types";
import type { Plan } from "../core/plan/schema";
import { listBuiltinPlans } from "../plans/builtinPlans";
import { AppendixPanel } from "./components/AppendixPanel";
import { CheckPanel } from "./components/CheckPanel";
import { ConsolidatePanel } from "./components/ConsolidatePanel";
import { PlanPicker } from "./components/PlanPicker";
import { PaneError, type PaneOperations } from "./operations";

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
  const plan = plans.find((p) => p.id === planId) ?? null;

  const choose = (id: string): void => {
    setPlanId(id);
    setConsolidation(null);
    operations.savePlanId(id);
  };
  const requirePlan = (): Plan => {
    if (!plan) throw new PaneError(NO_PLAN);
    return plan;
  };
  const browser = operations.mode === "browser";

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
        <Divider />
        <Title3 as="h2" className={styles.heading}>Kiểm tra</Title3>
        <CheckPanel
          needsFile={browser}
          runCheck={(files) => operations.checkActive(requirePlan(), files)}
          selectFinding={(f) => operations.selectFinding(f)}
          {...(browser ? {} : { clearMarks: () => operations.clearMarks() })}
        />
        <Divider />
        <Title3 as="h2" className={styles.heading}>Tổng hợp</Title3>
        <ConsolidatePanel filesRequired={browser} runConsolidate={(files) => operations.consolidate(requirePlan(), files)} onConsolidated={setConsolidation} />
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
