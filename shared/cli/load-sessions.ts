import { restoreTemplatePack } from '../packs/restore-template-pack.ts';
import { builtInSessions } from '../sessions/catalogue/built-in-sessions.ts';
import type { Session } from '../sessions/session-schema.ts';
import type { Template } from '../templates/template-schema.ts';
import { type CommandContext, InputError } from './cli-command.ts';
import { readJsonFile } from './cli-input.ts';

/** The sessions a command may use, and the pack's own templates their blocks may name. */
export interface SessionCatalogue {
  sessions: readonly { session: Session; fromPack: boolean }[];
  /** Only the pack's templates: the core looks these up before the built-in ones. */
  templates: readonly Template[];
}

/** The built-in sessions, then those of an organisation's pack (`--pack FILE`), validated like `validate` does. */
export async function loadSessions(ctx: CommandContext): Promise<SessionCatalogue> {
  const builtIn = builtInSessions.map((session) => ({ session, fromPack: false }));
  const file = ctx.args.values.pack;
  if (file === undefined) return { sessions: builtIn, templates: [] };
  const outcome = restoreTemplatePack(await readJsonFile(ctx, file), ctx.locale);
  if (!outcome.ok)
    throw new InputError(
      ctx.t('invalidFile', { file }),
      outcome.errors.map((e) => `${e.path}: ${e.message}`),
    );
  // A pack session never shares a built-in's id: restore rejects that, so the list has no duplicates.
  const own = (outcome.pack.sessions ?? []).map((session) => ({ session, fromPack: true }));
  return { sessions: [...builtIn, ...own], templates: outcome.pack.templates };
}
