import type { AgendaItemId } from './agenda-items.ts';

/** The parts of the running order a description is checked for. */
export type AgendaPart = Extract<
  AgendaItemId,
  'presentation-round' | 'current-matters' | 'guest-speaker' | 'discussion'
>;

/**
 * Words that show a part of the running order in a description, in Danish, Swedish and English alike
 * (people mix them). Stems that must begin a word: "aktuel" finds "aktuelle" and "aktuellt".
 */
export const agendaPartKeywords: Readonly<Record<AgendaPart, readonly string[]>> = {
  'presentation-round': [
    'præsentationsrund',
    'præsentation af',
    'bordet rundt',
    'presentationsrund',
    'presentation av',
    'laget runt',
    'presentation round',
    'round of introductions',
    'introductions',
    'introduction round',
    'round the table',
    'tour de table',
    'check-in',
  ],
  'current-matters': [
    'aktuel',
    'siden sidst',
    'nyt fra',
    'orientering',
    'sedan sist',
    'nytt från',
    'current matters',
    'current issues',
    'news',
    'updates',
  ],
  'guest-speaker': [
    'gæst',
    'oplægsholder',
    'oplæg',
    'gäst',
    'föreläs',
    'föredrag',
    'inspiratör',
    'guest',
    'speaker',
    'keynote',
  ],
  discussion: ['diskus', 'diskut', 'drøft', 'dialog', 'debat', 'samtal', 'discuss', 'open floor'],
};

/** Words that name an agenda as such. */
export const agendaHeadingKeywords: readonly string[] = [
  'dagsorden',
  'dagordning',
  'föredragningslista',
  'program',
  'agenda',
  'running order',
];

/** Words that promise notes afterwards; bare "minutes" is left out, since agendas are full of durations. */
export const notesKeywords: readonly string[] = [
  'referat',
  'mødereferat',
  'noter',
  'notater',
  'opsamling',
  'minnesanteckning',
  'anteckningar',
  'protokoll',
  'sammanfattning',
  'notes',
  'meeting minutes',
  'the minutes',
  'summary',
  'write-up',
  'recap',
];
