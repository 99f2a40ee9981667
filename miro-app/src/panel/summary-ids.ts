import type { GeneratedBoard } from '../../../shared/index.ts';
import { summaryTemplateIds } from './summary-plan.ts';

/** Board ids are at most 40 characters: `hs-`, the scope (shortened), `-`, six random hex digits. */
const scopePart = (scope: string) => `hs-${scope.slice(0, 24)}-`;

/** The id of a new harvest summary for `scope` (a board id or `all`): its prefix finds it again. */
export function summaryIdFor(scope: string, random: () => string = randomHex): string {
  return `${scopePart(scope)}${random()}`;
}

/** The summaries written before for `scope`, found through their board records: writing again replaces them. */
export function previousSummaries(boards: readonly GeneratedBoard[], scope: string): GeneratedBoard[] {
  return boards.filter(
    (record) => record.templateId === summaryTemplateIds.harvest && record.id.startsWith(scopePart(scope)),
  );
}

function randomHex(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 6);
}
