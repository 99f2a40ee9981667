import { defineMessages } from '../i18n/define-messages.ts';

/** Messages for template import: shown to the person who loads a pack, in their language. */
export const templateMessages = defineMessages({
  en: {
    duplicateId: 'The id "{id}" is used twice; every section, zone and node needs its own id.',
    unknownNode: 'The edge points at "{id}", which is no node of this tree.',
    cycle: 'The decision tree goes round in a circle; an edge must never lead back.',
    tooManyZones: 'Too many zones: at most {max} in one template.',
    tooLarge: 'The file is {size} bytes; a template pack may be at most {max} bytes.',
    notJson: 'The file is not valid JSON: {detail}',
    newerVersion: 'This template was made for a newer version of Netverk (schema version {version}).',
    notTemplate:
      'This is neither a template nor a template pack (expected "schemaVersion" or "packVersion").',
    moreErrors: '… and {count} more errors.',
    partsSum: 'The parts of the timing must add up to its minutes.',
  },
  da: {
    duplicateId: 'Id\'et "{id}" er brugt to gange; hvert afsnit, felt og punkt skal have sit eget id.',
    unknownNode: 'Forbindelsen peger på "{id}", som ikke er et punkt i dette træ.',
    cycle: 'Beslutningstræet går i ring; en forbindelse må aldrig føre tilbage.',
    tooManyZones: 'For mange felter: højst {max} i én skabelon.',
    tooLarge: 'Filen fylder {size} bytes; en skabelonpakke må højst fylde {max} bytes.',
    notJson: 'Filen er ikke gyldig JSON: {detail}',
    newerVersion: 'Skabelonen er lavet til en nyere version af Netverk (skemaversion {version}).',
    notTemplate:
      'Dette er hverken en skabelon eller en skabelonpakke (forventede "schemaVersion" eller "packVersion").',
    moreErrors: '… og {count} fejl mere.',
    partsSum: 'Tidsplanens dele skal give dens minutter tilsammen.',
  },
  sv: {
    duplicateId: 'Id:t "{id}" används två gånger; varje avsnitt, fält och nod behöver ett eget id.',
    unknownNode: 'Kopplingen pekar på "{id}", som inte är någon nod i det här trädet.',
    cycle: 'Beslutsträdet går runt i en cirkel; en koppling får aldrig leda tillbaka.',
    tooManyZones: 'För många fält: högst {max} i en mall.',
    tooLarge: 'Filen är {size} byte; ett mallpaket får vara högst {max} byte.',
    notJson: 'Filen är inte giltig JSON: {detail}',
    newerVersion: 'Mallen är gjord för en nyare version av Netverk (schemaversion {version}).',
    notTemplate:
      'Det här är varken en mall eller ett mallpaket (förväntade "schemaVersion" eller "packVersion").',
    moreErrors: '… och {count} fel till.',
    partsSum: 'Tidsplanens delar ska tillsammans bli dess minuter.',
  },
});
