import { z } from 'zod';

/** Longest zone title a board record keeps: the layout clamps every text under Miro's 6,000 characters. */
const maxZoneTitle = 6_000;

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
});
export type GeneratedBoard = z.infer<typeof generatedBoardSchema>;
