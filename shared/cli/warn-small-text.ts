import type { BoardPlan } from '../plan/board-plan.ts';
import { type Paper, printScale } from '../plan/print-scale.ts';
import type { CommandContext } from './cli-command.ts';

const pointsPerMm = 72 / 25.4;

/**
 * One line on standard error when a paper the user forced prints text under 8 pt (the default paper
 * never does): the file is still written, as asked.
 */
export function warnSmallText(ctx: CommandContext, file: string, plan: BoardPlan, paper: Paper): void {
  const scale = printScale(plan, paper);
  if (scale.legible) return;
  const size = (Math.floor(scale.minFontMm * pointsPerMm * 10) / 10).toLocaleString(ctx.locale);
  ctx.io.stderr(`${ctx.t('smallText', { paper, file, size })}\n`);
}
