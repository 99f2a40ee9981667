/**
 * The one participants rule: a meeting or session is timed for 12 people (a usual network) when
 * nobody says how many come, and a calendar lists no attendees. Sessions clamp it into their range.
 */
export const usualGroup = 12;
