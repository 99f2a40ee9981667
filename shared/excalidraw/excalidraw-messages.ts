import { defineMessages } from '../i18n/define-messages.ts';

/** Why an Excalidraw or Nextcloud Whiteboard file could not be read, and why an element was skipped. */
export const excalidrawMessages = defineMessages({
  en: {
    notObject: 'This is not a drawing: an Excalidraw file is a JSON object with a list of "elements".',
    wrongType: 'This is not an Excalidraw drawing: its type is "{type}".',
    noElements: 'The drawing has no list of elements.',
    tooManyElements: 'The drawing has {count} elements; Netverk reads at most {max}.',
    tooLarge: 'The file is {size} MB; Netverk reads board files of at most {max} MB.',
    tooDeep: 'The file nests deeper than {max} levels, which no drawing does.',
    notJson: 'The file is not JSON: it has an error near character {position}.',
    notJsonAnywhere: 'The file is not JSON: it breaks off or has a syntax error.',
    notBoardFile:
      'The file is neither an Excalidraw or Nextcloud Whiteboard drawing nor a Netverk board reading.',
    skipNotObject: 'not an element (an object is expected)',
    skipNoId: 'the element has no id',
    skipDuplicateId: 'a second element with the id {id}',
    skipNoType: 'the element has no type',
    skipNotNumber: 'not a number',
  },
  da: {
    notObject: 'Det er ikke en tegning: en Excalidraw-fil er et JSON-objekt med en liste over "elements".',
    wrongType: 'Det er ikke en Excalidraw-tegning: dens type er "{type}".',
    noElements: 'Tegningen har ingen liste over elementer.',
    tooManyElements: 'Tegningen har {count} elementer; Netverk læser højst {max}.',
    tooLarge: 'Filen fylder {size} MB; Netverk læser tavlefiler på højst {max} MB.',
    tooDeep: 'Filen er indlejret i mere end {max} niveauer, og det er ingen tegning.',
    notJson: 'Filen er ikke JSON: den har en fejl omkring tegn {position}.',
    notJsonAnywhere: 'Filen er ikke JSON: den stopper brat eller har en syntaksfejl.',
    notBoardFile:
      'Filen er hverken en tegning fra Excalidraw eller Nextcloud Whiteboard eller en tavleaflæsning fra Netverk.',
    skipNotObject: 'ikke et element (der ventes et objekt)',
    skipNoId: 'elementet har intet id',
    skipDuplicateId: 'et element mere med id’et {id}',
    skipNoType: 'elementet har ingen type',
    skipNotNumber: 'ikke et tal',
  },
  sv: {
    notObject: 'Det här är ingen ritning: en Excalidraw-fil är ett JSON-objekt med en lista över "elements".',
    wrongType: 'Det här är ingen Excalidraw-ritning: dess typ är "{type}".',
    noElements: 'Ritningen saknar en lista över element.',
    tooManyElements: 'Ritningen har {count} element; Netverk läser högst {max}.',
    tooLarge: 'Filen är {size} MB; Netverk läser tavelfiler på högst {max} MB.',
    tooDeep: 'Filen är nästlad i fler än {max} nivåer, vilket ingen ritning är.',
    notJson: 'Filen är inte JSON: den har ett fel nära tecken {position}.',
    notJsonAnywhere: 'Filen är inte JSON: den tar slut för tidigt eller har ett syntaxfel.',
    notBoardFile:
      'Filen är varken en ritning från Excalidraw eller Nextcloud Whiteboard eller en tavelavläsning från Netverk.',
    skipNotObject: 'inget element (ett objekt väntas)',
    skipNoId: 'elementet saknar id',
    skipDuplicateId: 'ytterligare ett element med id:t {id}',
    skipNoType: 'elementet saknar typ',
    skipNotNumber: 'inte ett tal',
  },
});
export type ExcalidrawMessage = keyof (typeof excalidrawMessages)['en'];
