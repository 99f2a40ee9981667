import type { StandInBoard } from '../board/stand-in/index.ts';
import { addNoteToZone, previewZones } from './preview-zones.ts';
import { sampleNotesFor } from './sample-notes.ts';

/** Fills every zone of every generated board with sample notes in that board's language; returns how many. */
export function addSampleNotes(standIn: StandInBoard): number {
  let added = 0;
  for (const [index, zone] of previewZones(standIn).entries())
    for (const text of sampleNotesFor(zone.zoneId, zone.locale, index)) {
      addNoteToZone(standIn, zone, text);
      added += 1;
    }
  return added;
}
