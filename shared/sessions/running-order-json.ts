import type { RunningOrder } from './running-order.ts';

/**
 * The running order as other tools read it (`netverk session <id> --format json`): the session, its
 * times in the event's zone, and per block its kind, activity, start minute, minutes, clock, groups,
 * copies, output and the notes for participants and for the facilitator.
 */
export function runningOrderJson(order: RunningOrder) {
  return {
    format: 'netverk-running-order',
    version: 1,
    sessionId: order.sessionId,
    title: order.title,
    locale: order.locale,
    participants: order.participants,
    availableMinutes: order.availableMinutes,
    totalMinutes: order.totalMinutes,
    fits: order.fits,
    ...(order.timeZone ? { timeZone: order.timeZone } : {}),
    ...(order.date ? { date: order.date } : {}),
    ...(order.startIso ? { start: order.startIso, end: order.endIso } : {}),
    ...(order.clock ? { clock: order.clock, endClock: order.endClock } : {}),
    ...(order.network ? { network: order.network } : {}),
    ...(order.theme ? { theme: order.theme } : {}),
    beforehand: order.beforehand,
    warnings: order.warnings,
    entries: order.entries.map((entry) => ({
      blockId: entry.blockId,
      kind: entry.kind,
      ...(entry.activity ? { activity: entry.activity } : {}),
      ...(entry.templateId ? { templateId: entry.templateId } : {}),
      title: entry.title,
      startMinute: entry.startMinute,
      minutes: entry.minutes,
      ...(entry.clock ? { clock: entry.clock, endClock: entry.endClock } : {}),
      groups: entry.groups,
      groupSize: entry.groupSize,
      ...(entry.groupMode ? { groupMode: entry.groupMode } : {}),
      copies: entry.copies,
      ...(entry.output ? { output: entry.output } : {}),
      participantNotes: entry.participantNotes,
      facilitatorNotes: entry.notes,
      materials: entry.materials,
    })),
  };
}
