import type { Session } from '../session-schema.ts';
import { chooseTheNetworkType } from './choose-the-network-type.ts';
import { openNetworkMeeting } from './open-network-meeting.ts';
import { startUpNetwork } from './start-up-network.ts';
import { unfoldTheTheme } from './unfold-the-theme.ts';
import { yearlyValueReview } from './yearly-value-review.ts';

/** The built-in sessions, in the order the app lists them. One file per session; add new ones here. */
export const builtInSessions: readonly Session[] = [
  unfoldTheTheme,
  chooseTheNetworkType,
  openNetworkMeeting,
  startUpNetwork,
  yearlyValueReview,
];

export function findSession(id: string): Session | undefined {
  return builtInSessions.find((session) => session.id === id);
}
