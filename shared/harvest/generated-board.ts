import { z } from 'zod';

/** Longest zone title a board record keeps (the layout clamps longer ones anyway). */
const maxZoneTitle = 2_000;

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
  zoneTitles: z.record(z.string().min(1).max(80), z.string().max(maxZoneTitle)).optional(),
});
export type GeneratedBoard = z.infer<typeof generatedBoardSchema>;
