import { describe, expect, it } from 'vitest';
import { harvestReading, parseBoardFileText } from '../../../shared/index.ts';
import { createDraft } from '../storage/drafts-store.ts';
import { draftExcalidrawFile } from './draft-excalidraw-file.ts';

describe('draftExcalidrawFile', () => {
  it('writes the draft as an Excalidraw board whose notes harvest back into their zones', () => {
    const draft = {
      ...createDraft('d', new Date('2026-01-01T00:00:00Z')),
      themeTitle: 'Ensomhed blandt ældre',
      networkName: 'Ældrenetværket',
      fields: { origin: 'Chefforum & <b>"q"</b>\nReferencelederen' },
    };
    const text = draftExcalidrawFile(draft, 'da', () => new Date('2026-02-01T09:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ type: 'excalidraw', version: 2 });
    const decoded = parseBoardFileText(text, 'da');
    if (!decoded.ok) throw new Error(decoded.error.message);
    const outcome = harvestReading(decoded.reading);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const zone = outcome.result.boards[0]?.zones.find((z) => z.zoneId === 'origin');
    expect(zone?.notes.map((n) => n.text)).toEqual(['Chefforum & <b>"q"</b>', 'Referencelederen']);
  });
});
