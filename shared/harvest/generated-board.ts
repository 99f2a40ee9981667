import { z } from 'zod';

/** Longest zone title a board record keeps: any text a plan holds (`maxPlanTextLength`). */
const maxZoneTitle = 6_000;

/** Longest network or theme a session record keeps (longer ones are cut when the record is written). */
export const sessionNameMax = 120;

/**
 * What the Miro app records about each generated board (kept on the board itself). `zoneTitles`
 * (zone id → title as the layout drew it) travels from generation to the harvest, so a board made
 * from an organisation's own pack harvests with its own titles; records written before it lack it.
 */
export const generatedBoardSchema = z.object({
  id: z.string().min(1).max(40),
  templateId: z.string().min(1).max(64),
  templateVersion: z.int().min(1),
  locale: z.enum(['da', 'sv', 'en']),
  title: z.string().max(500),
  frameId: z.string().min(1),
  createdAt: z.string(),
  // Malformed titles cost only the titles (the harvest falls back), never the record.
  zoneTitles: z.record(z.string().min(1).max(80), z.string().max(maxZoneTitle)).optional().catch(undefined),
  /** Zone id → what the zone records for minutes (decision, action, next): the minutes put them first. */
  zoneMinutes: z
    .record(z.string().min(1).max(80), z.enum(['decision', 'action', 'next']))
    .optional()
    .catch(undefined),
  /** The zones participants assess with dots (a dot vote): the harvest's assessment is over these. */
  voteZones: z.array(z.string().min(1).max(80)).max(200).optional().catch(undefined),
  /**
   * Zone id → the zone's title without the participant, on each participant's own copy of a zone
   * ("Participant 3: My points" → "My points"): the minutes fold these personal fields together.
   */
  zonePersonal: z.record(z.string().min(1).max(80), z.string().max(maxZoneTitle)).optional().catch(undefined),
  /** Present when the board is a whole session: enough to time it again and find its block frames. */
  session: z
    .object({
      sessionId: z.string().min(1).max(64),
      participants: z.int().min(1).max(500),
      /** The length asked for (a `from-user` session); absent: the session's own. */
      minutes: z.int().min(1).max(1_440).optional(),
      /** `HH:MM`, when clock times were asked for. */
      start: z.string().max(40).optional(),
      /** The network and theme typed in Generate: they tell two runs of the same session apart. */
      network: z.string().max(sessionNameMax).optional(),
      theme: z.string().max(sessionNameMax).optional(),
      /** Each block's frame(s) in running order (copies of an individual exercise: several). */
      frames: z.array(z.object({ blockId: z.string().min(1).max(80), frameId: z.string().min(1) })),
    })
    .optional()
    // A malformed session part costs only the Run view, never the record (the harvest still reads it).
    .catch(undefined),
});
/** The session part of a generated board's record. */
export type GeneratedSessionRecord = NonNullable<GeneratedBoard['session']>;
export type GeneratedBoard = z.infer<typeof generatedBoardSchema>;
