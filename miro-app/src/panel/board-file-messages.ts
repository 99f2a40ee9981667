import { defineMessages } from '../../../shared/index.ts';

/** Texts of the board-file features the local preview turns on: Excalidraw downloads and harvesting a file. */
export const boardFileMessages = defineMessages({
  en: {
    harvestFileLabel: 'Harvest a board file',
    harvestFileHelp:
      'An Excalidraw (.excalidraw) or Nextcloud Whiteboard (.whiteboard) board saved after the workshop, or a board reading (.json).',
    harvestFileRead: 'Notes found in {file}: {count}.',
    harvestFileUnreadable: '{file} could not be read: {message}',
    downloadsTitle: 'Boards for Excalidraw and Nextcloud Whiteboard',
    downloadsHelp:
      'Every board generated here, as a file for excalidraw.com or Nextcloud Whiteboard. After the workshop, harvest the saved file under Harvest.',
    downloadsEmpty: 'Generate a board in the panel first.',
    downloadExcalidraw: 'Download “{title}” as Excalidraw',
    downloadedExcalidraw: '{file} was downloaded.',
  },
  da: {
    harvestFileLabel: 'Saml op fra en tavlefil',
    harvestFileHelp:
      'En tavle fra Excalidraw (.excalidraw) eller Nextcloud Whiteboard (.whiteboard), gemt efter workshoppen, eller en tavleaflæsning (.json).',
    harvestFileRead: 'Fundne sedler i {file}: {count}.',
    harvestFileUnreadable: '{file} kunne ikke læses: {message}',
    downloadsTitle: 'Tavler til Excalidraw og Nextcloud Whiteboard',
    downloadsHelp:
      'Hver tavle, der er oprettet her, som fil til excalidraw.com eller Nextcloud Whiteboard. Saml op fra den gemte fil under Opsamling efter workshoppen.',
    downloadsEmpty: 'Opret først en tavle i panelet.',
    downloadExcalidraw: 'Hent “{title}” til Excalidraw',
    downloadedExcalidraw: '{file} er hentet.',
  },
  sv: {
    harvestFileLabel: 'Sammanställ från en tavelfil',
    harvestFileHelp:
      'En tavla från Excalidraw (.excalidraw) eller Nextcloud Whiteboard (.whiteboard), sparad efter workshoppen, eller en tavelavläsning (.json).',
    harvestFileRead: 'Lappar i {file}: {count}.',
    harvestFileUnreadable: '{file} gick inte att läsa: {message}',
    downloadsTitle: 'Tavlor för Excalidraw och Nextcloud Whiteboard',
    downloadsHelp:
      'Varje tavla som skapats här, som fil för excalidraw.com eller Nextcloud Whiteboard. Sammanställ den sparade filen under Sammanställ efter workshoppen.',
    downloadsEmpty: 'Skapa en tavla i panelen först.',
    downloadExcalidraw: 'Ladda ned ”{title}” för Excalidraw',
    downloadedExcalidraw: '{file} har laddats ned.',
  },
});
export type BoardFileMessageKey = keyof (typeof boardFileMessages)['en'];
