/** @jest-environment jsdom */
import ExcelJS from "exceljs";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { parsePlan } from "../../src/core/plan/parsePlan";
import { PlanPicker } from "../../src/taskpane/components/PlanPicker";
import { writePlanWorkbook } from "../../src/xlsx/writePlanWorkbook";
import { TEST_PLAN_INPUT } from "../helpers/sheets";
import { installDomStubs } from "./setupDom";

/**
 * The pane's plan picker: each plan with its period and, once it has ended, that it has; "Mở tệp
 * kế hoạch…" takes a plan workbook (.xlsx) as well as a plan's JSON, and lists a workbook's problems
 * by sheet and cell.
 */

installDomStubs();
afterEach(cleanup);

const parsed = parsePlan(TEST_PLAN_INPUT); // structuredClone, which makeTestPlan uses, is missing in jsdom.
if (!parsed.ok) throw new Error("test plan invalid");
const plan = parsed.plan;
const TODAY = new Date(Date.UTC(2026, 11, 6));

const pick = (file: File): void => {
  const input = screen.getByLabelText("Tệp kế hoạch .xlsx hoặc .json");
  fireEvent.change(input, { target: { files: [file] } });
};

test("each plan shows its period and that it has ended; the chosen plan's period shows under the list", async () => {
  render(<PlanPicker plans={[plan]} selectedId={plan.id} onSelect={() => undefined} onLoaded={() => undefined} today={TODAY} />);
  expect(screen.getByText("Thời gian: 01/01/2024 – 31/12/2025, đã kết thúc")).toBeTruthy();
  fireEvent.click(screen.getByRole("combobox"));
  const option = await screen.findByRole("option", { name: (name) => name.startsWith(plan.title) });
  expect(option.textContent).toBe(`${plan.title}01/01/2024 – 31/12/2025, đã kết thúc`);
});

test("a plan workbook picked with 'Mở tệp kế hoạch…' is read into the plan", async () => {
  const onLoaded = jest.fn();
  render(<PlanPicker plans={[]} selectedId={null} onSelect={() => undefined} onLoaded={onLoaded} today={TODAY} />);
  pick(new File([(await writePlanWorkbook(plan, TODAY)).slice().buffer], "ke-hoach.xlsx"));
  await waitFor(() => expect(onLoaded).toHaveBeenCalledWith(plan));
});

test("a plan workbook with a word where a number belongs is refused, naming the cell", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writePlanWorkbook(plan, TODAY)).slice().buffer);
  const cell = wb.getWorksheet("Chỉ tiêu")?.getCell("J4");
  if (cell) cell.value = "hai";
  const onLoaded = jest.fn();
  render(<PlanPicker plans={[]} selectedId={null} onSelect={() => undefined} onLoaded={onLoaded} today={TODAY} />);
  pick(new File([new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)], "ke-hoach-sua.xlsx"));
  expect(await screen.findByText('Chỉ tiêu!J4: cần một số, đang ghi "hai"')).toBeTruthy();
  expect(screen.getByText('Tệp kế hoạch "ke-hoach-sua.xlsx" có 1 lỗi:')).toBeTruthy();
  expect(onLoaded).not.toHaveBeenCalled();
});
