import { defineMessages } from '../../../shared/index.ts';

/** Messages of the extension's storage: why an imported file or a stored record was refused. */
export const storageMessages = defineMessages({
  en: {
    notJson: 'The file is not JSON: {detail}',
    tooLarge: 'The file is {size} MB; at most {max} MB can be imported.',
    duplicateId: 'The id "{id}" occurs more than once.',
    tooManyFields: 'A draft has at most {max} fields.',
    tooManySeries: 'Prompts can be hidden for at most {max} meeting series.',
  },
  da: {
    notJson: 'Filen er ikke JSON: {detail}',
    tooLarge: 'Filen fylder {size} MB; der kan højst importeres {max} MB.',
    duplicateId: 'Id\'et "{id}" forekommer mere end én gang.',
    tooManyFields: 'Et udkast har højst {max} felter.',
    tooManySeries: 'Påmindelser kan højst skjules for {max} mødeserier.',
  },
  sv: {
    notJson: 'Filen är inte JSON: {detail}',
    tooLarge: 'Filen är {size} MB; högst {max} MB kan importeras.',
    duplicateId: 'Id:t "{id}" förekommer mer än en gång.',
    tooManyFields: 'Ett utkast har högst {max} fält.',
    tooManySeries: 'Påminnelser kan döljas för högst {max} mötesserier.',
  },
});
export type StorageMessageKey = keyof (typeof storageMessages)['en'];
