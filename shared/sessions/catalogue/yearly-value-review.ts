import type { Session } from '../session-schema.ts';

/** Once a year: what the network was worth (content.md §8), and whether purpose and set-up still hold (§7). */
export const yearlyValueReview: Session = {
  schemaVersion: 1,
  id: 'yearly-value-review',
  version: 1,
  title: { da: 'Årlig værdigennemgang', sv: 'Årlig värdegenomgång', en: 'Yearly value review' },
  summary: {
    da: 'Hvad har netværket skabt i år, og holder formål, mål og mødeform stadig? Med det, I tager med hjemmefra.',
    sv: 'Vad har nätverket skapat i år, och håller syfte, mål och mötesupplägg fortfarande? Med det ni tar med er.',
    en: 'What did the network create this year, and do its purpose, goals and set-up still hold? With what you bring along.',
  },
  about: {
    da: 'Med vores egne ord efter Wenger-Trayners værdiskabelsescyklusser, og efter Familjen Helsingborgs råd om årligt at forny formål og mål.',
    sv: 'Med våra egna ord efter Wenger-Trayners värdeskapandecykler, och efter Familjen Helsingborgs råd att förnya syfte och mål varje år.',
    en: "In our own words after Wenger-Trayner's value-creation cycles, and Familjen Helsingborg's advice to renew purpose and goals every year.",
  },
  minutes: 90,
  participants: { min: 3, max: 30 },
  beforehand: [
    {
      da: 'Tag evalueringer og deltagertal fra årets møder med.',
      sv: 'Ta med utvärderingar och deltagarsiffror från årets träffar.',
      en: "Bring evaluations and attendance figures from the year's meetings.",
    },
    {
      da: 'Tag to konkrete eksempler med på noget, netværket har gjort en forskel for.',
      sv: 'Ta med två konkreta exempel på något som nätverket har gjort skillnad för.',
      en: 'Bring two concrete examples of something the network made a difference to.',
    },
  ],
  blocks: [
    { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 5 },
    {
      kind: 'template',
      id: 'value-cycles',
      template: 'value-creation',
      sections: ['cycles'],
      title: { da: 'Værdiskabelse i år', sv: 'Värdeskapande i år', en: 'Value created this year' },
      minutes: 35,
      minMinutes: 25,
      groups: { above: 8, min: 4, max: 6 },
      notes: [
        {
          da: 'Brug de tal og eksempler, deltagerne har taget med: ét på hver seddel, med kilde.',
          sv: 'Använd siffrorna och exemplen som deltagarna tagit med: ett på varje lapp, med källa.',
          en: 'Use the figures and examples people brought: one per note, with its source.',
        },
      ],
    },
    {
      kind: 'template',
      id: 'value-story',
      template: 'value-creation',
      sections: ['value-story', 'cost-benefit'],
      title: {
        da: 'Værdifortælling og omkostninger',
        sv: 'Värdeberättelse och kostnader',
        en: 'Value story and costs',
      },
      minutes: 20,
      minMinutes: 15,
    },
    {
      kind: 'template',
      id: 'success-factors',
      template: 'success-factors',
      minutes: 20,
      minMinutes: 15,
      notes: [
        {
          da: 'Gør tjekket om hvert år: lever netværket stadig op til sit formål?',
          sv: 'Gör genomgången varje år: lever nätverket fortfarande upp till sitt syfte?',
          en: 'Redo the check every year: does the network still live up to its purpose?',
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
          da: 'Forny formål, mål og mødeform, og offentliggør formålet. Er aktiviteten væk, så luk netværket formelt.',
          sv: 'Förnya syfte, mål och mötesupplägg, och publicera syftet. Har aktiviteten upphört, avsluta nätverket formellt.',
          en: 'Renew the purpose, goals and meeting set-up, and publish the purpose. If activity is gone, close the network formally.',
        },
      ],
    },
  ],
};
