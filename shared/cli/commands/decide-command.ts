import { decideNetworkType, listDecisionQuestions } from '../../decide/decide-network-type.ts';
import { type Command, InputError } from '../cli-command.ts';

export const decideCommand: Command = {
  name: 'decide',
  synopsis: 'decide [--answers id=option,…]',
  help: 'helpDecide',
  spec: { values: ['answers'], flags: [], maxPositionals: 0 },
  async run(ctx) {
    const raw = ctx.args.values.answers;
    if (raw === undefined) {
      ctx.io.stdout(`${JSON.stringify(listDecisionQuestions(ctx.locale), null, 2)}\n`);
      return 0;
    }
    const answers: Record<string, string> = {};
    for (const part of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const match = /^([^=\s]+)=([^=\s]+)$/.exec(part);
      if (!match?.[1] || !match[2]) throw new InputError(ctx.t('badAnswer', { part }));
      answers[match[1]] = match[2];
    }
    const outcome = decideNetworkType(answers, ctx.locale);
    if (!outcome.ok) throw new InputError(outcome.errors.join('\n'));
    ctx.io.stdout(`${JSON.stringify(outcome.result, null, 2)}\n`);
    return 0;
  },
};
