import { Field, FluentProvider, Input, makeStyles, Tab, TabList, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Plan } from "../core/plan/schema";
import { listBuiltinPlans } from "../plans/builtinPlans";
import { readUnitsOfRegistrySheet } from "../workflows/unitsRegistry";
import { AppendixPanel } from "./components/AppendixPanel";
import { CheckPanel } from "./components/CheckPanel";
import { ConsolidatePanel } from "./components/ConsolidatePanel";
import { ModeLine } from "./components/ModeLine";
import { PlanPicker } from "./components/PlanPicker";
import { UnitsRegistryPicker } from "./components/UnitsRegistryPicker";
import {
  describeFailure,
  PaneError,
  type AppendixKind,
  type AppendixResult,
  type CheckFilesResult,
  type ConsolidateResult,
  type PaneOperations,
  type PaneRunOptions,
  type SavedUnitsRegistry,
} from "./operations";
import { describeChecksSummary, describeConsolidationSummary, describeSummary } from "./results/summaries";
import { usePaneRuns, type PaneArea } from "./usePaneRuns";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  // The browser's default h1/h2 margins, on top of the gap, cost a narrow pane a screen of scrolling.
  heading: { margin: 0 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  // Read by screen readers, not drawn: the live region that tells results and errors.
  live: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

export interface AppProps {
  /** null while an Office host's pane waits to hear whether Excel is there: the mode's actions wait too. */
  operations: PaneOperations | null;
  plans?: readonly Plan[];
}

const NO_PLAN = "Chưa chọn kế hoạch: hãy chọn một kế hoạch ở trên hoặc mở tệp kế hoạch.";
const CONNECTING = "Điển hình đang kết nối với Excel: hãy chờ một lát rồi thử lại.";
const BAD_YEAR = "Năm báo cáo phải là năm bốn chữ số, ví dụ 2024; để trống thì lấy năm ghi trong tiêu đề danh sách.";

/** The year typed: a number of four digits, nothing when empty, and a sentence when neither. */
export function parseYearField(text: string): { year?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === "") return {};
  const year = Number(trimmed);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? { year } : { error: BAD_YEAR };
}

/** A result and the plan it was made under: shown only while that plan is the chosen one. */
interface Owned<T> {
  planId: string | null;
  value: T;
}

const AREAS: readonly { value: PaneArea; label: string }[] = [
  { value: "check", label: "Kiểm tra" },
  { value: "consolidate", label: "Tổng hợp" },
  { value: "appendix", label: "Phụ lục" },
];

export function App({ operations, plans: givenPlans }: AppProps) {
  const styles = useStyles();
  const builtins = useMemo(() => givenPlans ?? listBuiltinPlans(), [givenPlans]);
  const [loaded, setLoaded] = useState<Plan[]>([]);
  const plans = useMemo(() => [...loaded, ...builtins.filter((b) => !loaded.some((l) => l.id === b.id))], [loaded, builtins]);
  const savedPlanId = (from: PaneOperations | null): string | null => {
    const saved = from?.loadSavedPlanId() ?? null;
    return saved && builtins.some((p) => p.id === saved) ? saved : null;
  };
  const [planId, setPlanId] = useState<string | null>(() => savedPlanId(operations));
  const [registry, setRegistry] = useState<SavedUnitsRegistry | null>(() => operations?.loadSavedUnitsRegistry?.() ?? null);
  const [yearText, setYearText] = useState("");
  const [area, setArea] = useState<PaneArea>("check");
  const [checked, setChecked] = useState<Owned<CheckFilesResult> | null>(null);
  const [checkNote, setCheckNote] = useState<string | null>(null);
  const [consolidated, setConsolidated] = useState<Owned<ConsolidateResult> | null>(null);
  const [appendix, setAppendix] = useState<Owned<AppendixResult> | null>(null);
  const runs = usePaneRuns();
  const plan = plans.find((p) => p.id === planId) ?? null;
  const units = useMemo(() => (plan && registry ? readUnitsOfRegistrySheet(plan, registry.source, registry.sheet) : null), [plan, registry]);
  const year = parseYearField(yearText);
  const browser = operations?.mode === "browser";
  const connecting = operations === null;
  // While connecting, the actions wait as they do while another runs.
  const busy = runs.running !== null || connecting;
  const mine = <T,>(owned: Owned<T> | null): T | null => (owned && owned.planId === planId ? owned.value : null);
  const consolidation = mine(consolidated)?.consolidation ?? null;

  /** Results belong to the plan they were made under: another plan clears them, a running action included. */
  const forgetResults = (): void => {
    runs.cancel();
    setChecked(null);
    setCheckNote(null);
    setConsolidated(null);
    setAppendix(null);
    for (const a of AREAS) runs.clearMessage(a.value);
    operations?.forgetResults?.();
  };
  const choose = (id: string): void => {
    if (planId !== null && id !== planId) forgetResults();
    setPlanId(id);
    operations?.savePlanId(id);
  };
  // The mode became known (an Office host's pane starts without one): what was chosen meanwhile is
  // remembered where this mode keeps it; otherwise what it remembers is taken up.
  const [connected, setConnected] = useState(operations !== null);
  useEffect(() => {
    if (!operations || connected) return;
    setConnected(true);
    if (planId !== null) operations.savePlanId(planId);
    else setPlanId(savedPlanId(operations));
    if (registry) operations.saveUnitsRegistry?.(registry);
    else setRegistry(operations.loadSavedUnitsRegistry?.() ?? null);
  }, [operations, connected, planId, registry]);

  /** The mode's actions, which nothing can start before the mode is known. */
  const host = (): PaneOperations => {
    if (!operations) throw new PaneError(CONNECTING);
    return operations;
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
  /** The options with progress and Hủy where files are read (the open workbook is one read, told as it is). */
  const withRun = (options: PaneRunOptions | undefined, reads: boolean, run: Pick<PaneRunOptions, "onProgress" | "signal">): PaneRunOptions | undefined =>
    reads ? { ...options, ...run } : options;

  const check = (files: readonly File[] | undefined, unit: string): void => {
    setCheckNote(null);
    void runs
      .run(
        "check",
        async (run) => {
          const chosen = requirePlan();
          const options = withRun(runOptions(unit), files !== undefined, run);
          const on = host();
          let result: CheckFilesResult;
          if (files && on.checkFiles) result = await on.checkFiles(chosen, files, options);
          else {
            const report = await (options ? on.checkActive(chosen, files, options) : on.checkActive(chosen, files));
            result = { checked: [{ file: report.file, report }], failed: [] };
          }
          // Not one file read: the run failed, and says why as its message.
          const [first] = result.failed;
          if (result.checked.length === 0 && first) throw new PaneError(result.failed.length > 1 ? `${first.message} (và ${result.failed.length - 1} tệp khác cũng không đọc được)` : first.message);
          return result;
        },
        (r) => (r.checked.length === 1 && r.failed.length === 0 && r.checked[0] ? describeSummary(r.checked[0].report) : describeChecksSummary(r)),
      )
      .then((r) => {
        if (r) setChecked({ planId, value: r });
      });
  };

  const clearMarks = (): void => {
    setChecked(null);
    void runs.run("check", () => host().clearMarks(), () => "Đã xóa các đánh dấu của Điển hình trên sổ làm việc.").then(() => setCheckNote("Đã xóa các đánh dấu của Điển hình trên sổ làm việc."));
  };

  const consolidate = (files: readonly File[]): void => {
    void runs
      .run(
        "consolidate",
        (run) => {
          const chosen = requirePlan();
          const options = withRun(runOptions(), browser || files.length > 0, run);
          return options ? host().consolidate(chosen, files, options) : host().consolidate(chosen, files);
        },
        (r) => describeConsolidationSummary({ consolidation: r.consolidation, ...(r.sources !== undefined ? { sources: r.sources } : {}), ...(r.read ? { read: r.read } : {}), ...(r.openWorkbook ? { openWorkbook: r.openWorkbook } : {}) }),
      )
      .then((r) => {
        if (!r) return;
        setConsolidated({ planId, value: r });
        setAppendix(null);
      });
  };

  const makeAppendix = (kind: AppendixKind, groupBy: "unit" | "field", from: readonly File[]): void => {
    void runs
      .run(
        "appendix",
        (run) => {
          const data = { groupBy, ...(from.length > 0 ? { from } : consolidation ? { consolidation } : {}) };
          return from.length > 0 ? host().writeAppendix(requirePlan(), kind, data, { ...runOptions(), ...run }) : host().writeAppendix(requirePlan(), kind, data);
        },
        (r) => (r.download ? `Đã tạo ${r.fileName ?? "phụ lục"}.` : `Đã ghi phụ lục vào trang "${r.sheet ?? ""}".`),
      )
      .then((r) => {
        if (r) setAppendix({ planId, value: r });
      });
  };

  const chooseRegistry = async (file?: File): Promise<void> => {
    if (!operations?.readUnitsRegistry) return;
    // The registry belongs to Tổng hợp: choosing it (a script may fill the input while another area shows) shows that area.
    setArea("consolidate");
    const chosen = await operations.readUnitsRegistry(requirePlan(), file);
    setRegistry(chosen);
    setConsolidated(null);
    operations.saveUnitsRegistry?.(chosen);
    runs.announce(`Đã chọn danh sách đơn vị ${chosen.source}.`);
  };

  /** Files picked into an area: it is shown (a script may fill a hidden one), and the host gets ready for the run. */
  const picked = (into: PaneArea) => (): void => {
    setArea(into);
    operations?.prepare?.();
  };
  const runningIn = (a: PaneArea) => (runs.running?.area === a ? { progress: runs.running.progress } : null);
  const message = (a: PaneArea) => runs.messages[a] ?? null;

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1" className={styles.heading}>
          Điển hình
        </Title3>
        <ModeLine mode={operations?.mode ?? null} />
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
        <TabList className={styles.tabs} selectedValue={area} onTabSelect={(_, d) => setArea(d.value as PaneArea)} aria-label="Việc cần làm">
          {AREAS.map((a) => (
            <Tab key={a.value} id={`the-${a.value}`} value={a.value} aria-controls={`vung-${a.value}`}>
              {a.label}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id="vung-check" aria-labelledby="the-check" hidden={area !== "check"}>
          <CheckPanel
            needsFile={browser}
            connecting={connecting}
            busy={busy}
            progress={runningIn("check")}
            result={mine(checked)}
            note={checkNote}
            message={message("check")}
            onCheck={check}
            onCancel={runs.cancel}
            onPicked={picked("check")}
            onError={(m) => runs.announce(`Lỗi: ${m}`)}
            {...(browser || connecting
              ? {}
              : {
                  onClearMarks: clearMarks,
                  select: (f) => void host().selectFinding(f).catch((e: unknown) => runs.announce(`Lỗi: ${describeFailure(e)}`)),
                })}
          />
        </div>
        <div role="tabpanel" id="vung-consolidate" aria-labelledby="the-consolidate" hidden={area !== "consolidate"}>
          <ConsolidatePanel
            // Until the mode is known, no word of the open workbook (Excel's own way to consolidate).
            filesRequired={browser || connecting}
            busy={busy}
            progress={runningIn("consolidate")}
            result={mine(consolidated)}
            message={message("consolidate")}
            onConsolidate={consolidate}
            onCancel={runs.cancel}
            onPicked={picked("consolidate")}
            registry={
              operations?.readUnitsRegistry ? (
                <UnitsRegistryPicker
                  chosen={registry ? { source: registry.source, count: units?.length ?? null } : null}
                  choose={chooseRegistry}
                  forget={() => {
                    setRegistry(null);
                    operations?.saveUnitsRegistry?.(null);
                  }}
                  fromWorkbook={!browser}
                  disabled={busy}
                />
              ) : null
            }
          />
        </div>
        <div role="tabpanel" id="vung-appendix" aria-labelledby="the-appendix" hidden={area !== "appendix"}>
          <AppendixPanel
            consolidation={consolidation}
            planHasAppendix={plan ? plan.appendix !== undefined : true}
            busy={busy}
            progress={runningIn("appendix")}
            result={mine(appendix)}
            message={message("appendix")}
            onMake={makeAppendix}
            onCancel={runs.cancel}
            onPicked={picked("appendix")}
          />
        </div>
        <div className={styles.live} role="status" aria-live="polite" data-testid="live-region">
          {runs.announcement}
        </div>
      </main>
    </FluentProvider>
  );
}
