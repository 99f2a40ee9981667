import { defineMessages } from '../../../shared/index.ts';

/** Texts of the local preview page and of the note shown when a Miro page is opened outside Miro. */
export const previewMessages = defineMessages({
  en: {
    previewTitle: 'Netverk: local preview',
    previewIntro:
      'Try Netverk without a Miro account. The panel works on a stand-in board drawn beside it; nothing leaves your browser.',
    previewPanelLabel: 'Netverk panel',
    previewBoardLabel: 'Stand-in board',
    previewBoardAlt: 'The stand-in board: {count, plural, one {# item} other {# items}}',
    previewBoardEmpty: 'The board is empty. Generate a board in the panel to see it here.',
    notInMiroTitle: 'Netverk is a Miro app',
    notInMiroText: 'This page runs inside Miro. To try Netverk here without Miro, open the local preview.',
    notInMiroLink: 'Open the local preview',
  },
  da: {
    previewTitle: 'Netverk: lokal forhåndsvisning',
    previewIntro:
      'Prøv Netverk uden en Miro-konto. Panelet arbejder på en prøvetavle, der tegnes ved siden af; intet forlader din browser.',
    previewPanelLabel: 'Netverk-panel',
    previewBoardLabel: 'Prøvetavle',
    previewBoardAlt: 'Prøvetavlen: {count, plural, one {# element} other {# elementer}}',
    previewBoardEmpty: 'Tavlen er tom. Opret en tavle i panelet for at se den her.',
    notInMiroTitle: 'Netverk er en Miro-app',
    notInMiroText:
      'Denne side kører inde i Miro. Åbn den lokale forhåndsvisning for at prøve Netverk her uden Miro.',
    notInMiroLink: 'Åbn den lokale forhåndsvisning',
  },
  sv: {
    previewTitle: 'Netverk: lokal förhandsvisning',
    previewIntro:
      'Prova Netverk utan ett Miro-konto. Panelen arbetar på en ersättningstavla som ritas bredvid; inget lämnar din webbläsare.',
    previewPanelLabel: 'Netverk-panel',
    previewBoardLabel: 'Ersättningstavla',
    previewBoardAlt: 'Ersättningstavlan: {count, plural, one {# objekt} other {# objekt}}',
    previewBoardEmpty: 'Tavlan är tom. Skapa en tavla i panelen för att se den här.',
    notInMiroTitle: 'Netverk är en Miro-app',
    notInMiroText:
      'Den här sidan körs inne i Miro. Öppna den lokala förhandsvisningen för att prova Netverk här utan Miro.',
    notInMiroLink: 'Öppna den lokala förhandsvisningen',
  },
});

export type PreviewMessageKey = keyof (typeof previewMessages)['en'];
