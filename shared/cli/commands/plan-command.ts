import { layoutTemplate } from '../../plan/layout-template.ts';
import { renderPlanSvg } from '../../plan/render-plan-svg.ts';
import type { Command } from '../cli-command.ts';
import { choiceOption, findTemplateOrFail, requirePositional } from '../cli-input.ts';
import { excalidrawFileText } from '../excalidraw-board-file.ts';
import { layoutOptionsFrom, layoutOrFail } from '../layout-options.ts';

export const planCommand: Command = {
  name: 'plan',
  synopsis:
    'plan <template-id> [--format json|svg|excalidraw] [--paper screen|A3|A1] [--network NAME] [--theme TEXT] [--participants N] [--start HH:MM] [--minutes N] [--guest] [--pack FILE]',
  help: 'helpPlan',
  spec: {
    values: ['format', 'paper', 'network', 'theme', 'participants', 'start', 'minutes', 'pack'],
    flags: ['guest'],
    maxPositionals: 1,
  },
  async run(ctx) {
    const id = requirePositional(ctx, 0, '<template-id>');
    const format = choiceOption(ctx, 'format', ['json', 'svg', 'excalidraw'], 'json');
    const paper = choiceOption(ctx, 'paper', ['screen', 'A3', 'A1'], 'screen');
    const template = await findTemplateOrFail(ctx, id);
    const plan = layoutOrFail(ctx, () => layoutTemplate(template, layoutOptionsFrom(ctx)));
    if (format === 'excalidraw') ctx.io.stdout(excalidrawFileText(ctx, plan));
    else
      ctx.io.stdout(
        format === 'svg' ? `${renderPlanSvg(plan, { paper })}\n` : `${JSON.stringify(plan, null, 2)}\n`,
      );
    return 0;
  },
};
