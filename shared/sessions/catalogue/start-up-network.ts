import type { Session } from '../session-schema.ts';

/** The first meeting of a new network: who we are, the perfect group, and the success factors to hold on to. */
export const startUpNetwork: Session = {
  schemaVersion: 1,
  id: 'start-up-network',
  version: 1,
  title: {
    da: 'Opstart af et nyt netværk',
    sv: 'Uppstart av ett nytt nätverk',
    en: 'Start-up of a new network',
  },
  summary: {
    da: 'Det første møde: præsentationsrunde, den perfekte gruppe og de succesfaktorer, netværket vil holde fast i.',
    sv: 'Den första träffen: presentationsrunda, den perfekta gruppen och de framgångsfaktorer nätverket vill hålla fast vid.',
    en: 'The first meeting: a presentation round, the perfect group, and the success factors the network means to keep.',
  },
  about: {
    da: 'Efter Familjen Helsingborgs netværksprojekt og Myndighetsnätverket i Sundsvalls erfaringer; tidsplanen er vores egen.',
    sv: 'Efter Familjen Helsingborgs nätverksprojekt och Myndighetsnätverket i Sundsvalls erfarenheter; tidsplanen är vår egen.',
    en: "After Familjen Helsingborg's network project and the experience of Myndighetsnätverket in Sundsvall; the timings are our own.",
  },
  minutes: 120,
  participants: { min: 3, max: 30 },
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      minutes: 10,
      notes: [
        {
          da: 'Fortæl, hvorfor netværket starter: hvilket behov det udspringer af.',
          sv: 'Berätta varför nätverket startar: vilket behov det springer ur.',
          en: 'Say why the network starts: which need it grows from.',
        },
      ],
    },
    {
      kind: 'activity',
      id: 'presentation-round',
      activity: 'presentation-round',
      notes: [
        {
          da: 'Hvem er jeg, hvad laver jeg, og hvad vil jeg have ud af netværket?',
          sv: 'Vem är jag, vad gör jag och vad vill jag få ut av nätverket?',
          en: 'Who I am, what I do, and what I want from the network.',
        },
      ],
    },
    {
      kind: 'template',
      id: 'perfect-group',
      template: 'perfect-group',
      minutes: 25,
      minMinutes: 20,
      perParticipantMinutes: 2,
      groups: { above: 8, min: 4, max: 6 },
      notes: [
        {
          da: 'Hver skriver alene først, fremlægger uden diskussion, og så bliver gruppen enig om et fælles sæt.',
          sv: 'Var och en skriver själv först, presenterar utan diskussion, och sedan enas gruppen om en gemensam uppsättning.',
          en: 'Everyone writes alone first, presents without debate, then the group agrees on a shared set.',
        },
      ],
    },
    {
      kind: 'template',
      id: 'success-factors',
      template: 'success-factors',
      minutes: 35,
      minMinutes: 25,
      groups: { above: 8, min: 4, max: 6 },
      notes: [
        {
          da: 'Et flertal skal ville være med, når netværket starter: spørg ærligt.',
          sv: 'En majoritet ska vilja vara med när nätverket startar: fråga ärligt.',
          en: 'A majority must want to take part when the network starts: ask honestly.',
        },
      ],
    },
    {
      kind: 'activity',
      id: 'round-up',
      activity: 'round-up',
      minutes: 10,
      minMinutes: 5,
      stretch: true,
      notes: [
        {
          da: 'Aftal formål, mødeform og næste mødedato, og hvem der er koordinator.',
          sv: 'Kom överens om syfte, mötesform och nästa träffdatum, och vem som är samordnare.',
          en: 'Agree the purpose, the meeting set-up, the next date, and who coordinates.',
        },
      ],
    },
  ],
};
