import { buildNominationTemplate } from "../core/layout/nominationTemplate";
import type { Layout } from "../core/layout/types";
import type { Plan } from "../core/plan/schema";

/** The year a template is for when none is given: the last of the plan's period. */
export const defaultTemplateYear = (plan: Plan): number => Number(plan.period.to.slice(-4));

/** Mẫu danh sách: a blank nomination sheet for the plan and year. */
export const buildTemplate = (plan: Plan, year: number = defaultTemplateYear(plan)): Layout => buildNominationTemplate(plan, year);
