import type { SessionMessageKey } from '../sessions/session-messages.ts';
import type { Session } from '../sessions/session-schema.ts';
import type { Template } from '../templates/template-schema.ts';

/** A problem the schema alone cannot see: a block naming a template or section that does not exist. */
export interface SessionRefIssue {
  /** Path inside the session, e.g. `['blocks', 2, 'template']`. */
  path: (string | number)[];
  key: SessionMessageKey;
  params: Record<string, string>;
}

/** Checks every template block against the templates a session may use (built-in and its pack's). */
export function checkSessionRefs(
  session: Session,
  findTemplate: (id: string) => Template | undefined,
): SessionRefIssue[] {
  const issues: SessionRefIssue[] = [];
  session.blocks.forEach((block, b) => {
    if (block.kind !== 'template') return;
    const template = findTemplate(block.template);
    if (!template) {
      issues.push({
        path: ['blocks', b, 'template'],
        key: 'unknownTemplate',
        params: { id: block.template },
      });
      return;
    }
    const sectionIds = new Set(template.sections.map((section) => section.id));
    block.sections?.forEach((id, s) => {
      if (!sectionIds.has(id))
        issues.push({
          path: ['blocks', b, 'sections', s],
          key: 'unknownSection',
          params: { template: template.id, id },
        });
    });
    const chosen = template.sections.filter((section) => block.sections?.includes(section.id) ?? true);
    const zoneIds = new Set(
      chosen.flatMap((section) => (section.kind === 'zones' ? section.zones : [])).map((z) => z.id),
    );
    block.zones?.forEach((id, z) => {
      if (!zoneIds.has(id))
        issues.push({
          path: ['blocks', b, 'zones', z],
          key: 'unknownZone',
          params: { template: template.id, id },
        });
    });
  });
  return issues;
}
