import type { HostIntegration } from './integration.ts';
import { googleCalendar } from './integrations/google-calendar.ts';
import { outlookCalendar } from './integrations/outlook-calendar.ts';

/** The integrations with hosts of their own; the manifest and the generic integrations read their hosts. */
export const hostIntegrations: readonly HostIntegration[] = [outlookCalendar, googleCalendar];

/** Every host a host integration declares, in order: the manifest's content-script matches. */
export const calendarHosts: readonly string[] = hostIntegrations.flatMap((integration) => integration.hosts);

/** Whether a host integration covers the URL; the generic integrations stay off it. */
export function isCalendarHost(url: URL): boolean {
  return calendarHosts.includes(url.hostname);
}
