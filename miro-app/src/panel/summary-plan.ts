import { type BoardPlan, type Locale, layoutSummary, type SummaryInput } from '../../../shared/index.ts';

/** Template ids the panel records for its own summaries: they are not templates, and hold no zones. */
export const summaryTemplateIds = { decision: 'decision-result', harvest: 'harvest-summary' } as const;

export function isSummaryBoard(record: { templateId: string }): boolean {
  return Object.values(summaryTemplateIds).some((id) => id === record.templateId);
}

export interface SummaryPlanInput extends SummaryInput {
  locale: Locale;
}

/** A result the panel writes onto the board (a decision, a harvest summary), laid out by the core. */
export function createSummaryPlan({ locale, ...input }: SummaryPlanInput): BoardPlan {
  return layoutSummary(input, { locale });
}
