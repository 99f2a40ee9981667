import { z } from 'zod';
import { sessionLimits, sessionSchema } from '../sessions/session-schema.ts';
import { templateLimits, templateSchema } from '../templates/template-schema.ts';

/**
 * An organisation's pack: its own templates and, optionally, its own sessions (running orders of
 * its templates and the built-in ones). Which template a session block names is checked on restore.
 */
export const templatePackSchema = z.strictObject({
  packVersion: z.literal(1),
  templates: z.array(templateSchema).min(1).max(templateLimits.templatesPerPack),
  sessions: z.array(sessionSchema).max(sessionLimits.sessionsPerPack).optional(),
});

export type TemplatePack = z.infer<typeof templatePackSchema>;
