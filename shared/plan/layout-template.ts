import { createTranslator } from '../i18n/define-messages.ts';
import type { Section, SectionKind, Template } from '../templates/template-schema.ts';
import { type BoardPlan, boardPlanVersion, type LayoutOptions, type PlanItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { estimateTextBox } from './estimate-text-box.ts';
import { finalizePlan } from './finalize-plan.ts';
import type { MeasureText } from './item-text-area.ts';
import {
  type LayoutContext,
  type SectionBlock,
  type SectionLayout,
  translateItems,
} from './layout-context.ts';
import { createText } from './plan-items.ts';
import { planMessages } from './plan-messages.ts';
import { planFont, planSpace } from './plan-style.ts';
import { type ResolvedLayoutOptions, resolveLayoutOptions } from './resolve-layout-options.ts';
import { sectionLayouts } from './section-layouts.ts';

export { LayoutError } from './layout-error.ts';

/**
 * Expands a template into a board plan: one frame holding a header (title, summary, instructions),
 * the sections stacked top to bottom, and the source line. Pure and deterministic; throws
 * LayoutError on bad options. Coordinates as `board-plan.ts` states them (top-left, absolute).
 */
export function layoutTemplate(template: Template, options: LayoutOptions): BoardPlan {
  return layoutTemplateWith(template, options, estimateTextBox);
}

/** `layoutTemplate` with another text measure: the benchmark's naive baseline runs through here. */
export function layoutTemplateWith(
  template: Template,
  options: LayoutOptions,
  measure: MeasureText,
): BoardPlan {
  const resolved = resolveLayoutOptions(options);
  const ctx = createContext(resolved, measure);
  const { items, connectors, width, height } = layoutContent(template, ctx);
  const margin = planSpace.frameMargin;
  const { origin, locale, network } = resolved;
  const title = template.title[locale];
  const frameTitle = network ? ctx.t('frameTitle', { title, network }) : title;
  return finalizePlan(
    {
      planVersion: boardPlanVersion,
      templateId: template.id,
      templateVersion: template.version,
      locale,
      title: clampPlanText(frameTitle),
      items: translateItems(items, origin.x + margin, origin.y + margin),
      connectors,
    },
    { ...origin, width: width + 2 * margin, height: height + 2 * margin },
    resolved.createId,
  );
}

/** What every layout step shares: options, the text measure, the plan's words, temporary keys. */
export function createContext(options: ResolvedLayoutOptions, measure: MeasureText): LayoutContext {
  let keys = 0;
  return {
    options,
    // Long words break at the syllables of the plan's language, here and wherever the plan is drawn.
    measure: (text, fontSize, maxWidth, bold, locale) =>
      measure(text, fontSize, maxWidth, bold, locale ?? options.locale),
    t: createTranslator(planMessages, options.locale),
    key: (kind) => {
      keys += 1;
      return `~${kind}-${keys}`;
    },
  };
}

/** The frame's content from its top-left corner: header, sections one under another, source line. */
function layoutContent(template: Template, ctx: LayoutContext) {
  const blocks = template.sections.map((section) => layoutTitledSection(section, ctx));
  const width = Math.max(planSpace.minContentWidth, ...blocks.map((block) => block.width));
  const header = layoutHeader(template, width, ctx);
  const items: PlanItem[] = [...header.items];
  let y = header.height;
  for (const block of blocks) {
    y += planSpace.sectionGap;
    items.push(...translateItems(block.items, 0, y));
    y += block.height;
  }
  const about = createText(
    ctx,
    { x: 0, y: y + planSpace.sectionGap / 2, width: Math.min(width, planSpace.maxMeasure) },
    { text: template.about[ctx.options.locale], fontSize: planFont.body },
    'instruction',
  );
  items.push(about);
  const connectors = blocks.flatMap((block) => block.connectors);
  return { items, connectors, width, height: about.y + about.height };
}

function layoutTitledSection(section: Section, ctx: LayoutContext): SectionBlock {
  const layout = sectionLayouts[section.kind] as SectionLayout<SectionKind> as (
    s: Section,
    c: LayoutContext,
  ) => SectionBlock;
  const block = layout(section, ctx);
  if (!section.title) return block;
  const heading = createText(
    ctx,
    { x: 0, y: 0, width: Math.max(block.width, zonesMinTitleWidth) },
    { text: section.title[ctx.options.locale], fontSize: planFont.section, bold: true },
    'label',
  );
  const below = heading.height + planSpace.gap;
  return {
    width: Math.max(block.width, heading.width),
    height: below + block.height,
    items: [heading, ...translateItems(block.items, 0, below)],
    connectors: block.connectors,
  };
}

/** A section title never wraps narrower than this, even over a narrow agenda column. */
const zonesMinTitleWidth = 940;

function layoutHeader(
  template: Template,
  width: number,
  ctx: LayoutContext,
): { items: PlanItem[]; height: number } {
  const { locale } = ctx.options;
  const measure = Math.min(width, planSpace.maxMeasure);
  const title = createText(
    ctx,
    { x: 0, y: 0, width },
    { text: template.title[locale], fontSize: planFont.title, bold: true },
    'title',
  );
  const summary = createText(
    ctx,
    { x: 0, y: title.height + planSpace.gap / 2, width: measure },
    { text: template.summary[locale], fontSize: planFont.summary },
    'instruction',
  );
  const items: PlanItem[] = [title, summary];
  let bottom = summary.y + summary.height;
  if (template.instructions.length > 0) {
    const text = template.instructions.map((step, i) => `${i + 1}. ${step[locale]}`).join('\n');
    const at = { x: 0, y: bottom + planSpace.gap * 1.5, width: measure };
    const instructions = createText(ctx, at, { text, fontSize: planFont.instructions }, 'instruction');
    items.push(instructions);
    bottom = instructions.y + instructions.height;
  }
  return { items, height: bottom };
}
