import { type BoardPlan, type LayoutOptions, layoutLimits } from '../plan/board-plan.ts';
import { LayoutError } from '../plan/layout-template.ts';
import { type CommandContext, InputError } from './cli-command.ts';
import { intOption, textOption } from './cli-input.ts';

/**
 * Layout options from the command line; ids stay the layout's deterministic defaults.
 * `startTime` (HH:MM) overrides `--start` where that option means something else (the pack's meeting start).
 */
export function layoutOptionsFrom(ctx: CommandContext, startTime = ctx.args.values.start): LayoutOptions {
  const network = textOption(ctx, 'network');
  const theme = textOption(ctx, 'theme');
  const participants = intOption(ctx, 'participants', 1, 40);
  const { min, max } = layoutLimits.meetingMinutes;
  const meetingMinutes = intOption(ctx, 'minutes', min, max);
  return {
    locale: ctx.locale,
    ...(network !== undefined ? { network } : {}),
    ...(theme !== undefined ? { theme } : {}),
    ...(participants !== undefined ? { participants } : {}),
    ...(startTime !== undefined ? { startTime } : {}),
    ...(meetingMinutes !== undefined ? { meetingMinutes } : {}),
    ...(ctx.args.flags.has('guest') ? { guestSpeaker: true } : {}),
  };
}

/** Runs a layout, turning a LayoutError (bad options) into an input error for the user. */
export function layoutOrFail(ctx: CommandContext, layout: () => BoardPlan): BoardPlan {
  try {
    return layout();
  } catch (error) {
    if (error instanceof LayoutError) throw new InputError(ctx.t('layoutFailed', { reason: error.message }));
    throw error;
  }
}
