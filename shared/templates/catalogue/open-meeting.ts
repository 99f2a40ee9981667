import { agendaItems } from '../../meeting/agenda-items.ts';
import type { Section, Template } from '../template-schema.ts';

// The running order comes from the meeting guide and is timed by its one rule (`createAgenda`), so the
// board and the calendar agenda never disagree: about 2 minutes each, the guest only when asked for.
const agendaSection: Section = {
  kind: 'agenda',
  id: 'running-order',
  title: { da: 'Mødets forløb', sv: 'Träffens upplägg', en: 'Running order' },
  items: agendaItems.map((item) => ({
    id: item.id,
    title: item.title,
    prompt: item.prompt,
    ...(item.minutes === undefined ? {} : { minutes: item.minutes }),
    ...(item.perParticipantMinutes ? { perParticipantMinutes: item.perParticipantMinutes.typical } : {}),
    ...(item.minMinutes === undefined ? {} : { minMinutes: item.minMinutes }),
    ...(item.stretch ? { stretch: true } : {}),
  })),
};

/** The open network meeting (content.md §5): running order, the recipe around it, and what people bring. */
export const openMeeting: Template = {
  schemaVersion: 1,
  id: 'open-meeting',
  version: 1,
  title: { da: 'Åbent netværksmøde', sv: 'Öppen nätverksträff', en: 'Open network meeting' },
  summary: {
    da: 'Et møde, som nye let kan komme med i: præsentationsrunde, aktuelle sager, gæst efter behov og referat bagefter.',
    sv: 'En träff som nya lätt kan komma med i: presentationsrunda, aktuella ärenden, gäst vid behov och anteckningar efteråt.',
    en: 'A meeting newcomers can easily join: a presentation round, current matters, a guest when needed, notes afterwards.',
  },
  about: {
    da: 'Efter Produforums grundopskrift på åbne netværksmøder mellem kulturaktører.',
    sv: 'Efter Produforums grundrecept på öppna nätverksträffar mellan kulturaktörer.',
    en: "After Produforum's basic recipe for open network meetings among cultural actors.",
  },
  instructions: [
    {
      da: 'Start med runden: alle siger, hvem de er, hvad de laver, og hvad de har brug for.',
      sv: 'Börja med rundan: alla berättar vem de är, vad de gör och vad de behöver.',
      en: 'Start with the round: everyone says who they are, what they do and what they need.',
    },
    {
      da: 'Giv alle lige lang tid i runden, også dem, der er nye; hold øje med uret.',
      sv: 'Ge alla lika lång tid i rundan, även de som är nya; håll koll på klockan.',
      en: 'Give everyone the same time in the round, newcomers too; keep an eye on the clock.',
    },
    {
      da: 'Skriv undervejs, hvad I aftaler, hvem der gør hvad, og hvad I tager op næste gang: det bliver referatet, I sender bagefter.',
      sv: 'Skriv under träffen vad ni kommer överens om, vem som gör vad och vad ni tar upp nästa gång: det blir anteckningarna ni skickar efteråt.',
      en: 'Write down as you go what you agree, who does what, and what to take up next time: it becomes the notes you send afterwards.',
    },
  ],
  timing: { minutes: 90 },
  sections: [
    agendaSection,
    {
      kind: 'notes',
      id: 'recipe',
      title: { da: 'Før, under og efter', sv: 'Före, under och efter', en: 'Before, during and after' },
      items: [
        {
          da: 'Før: vælg et rum, hvor alle sidder om ét bord og kan se hinanden.',
          sv: 'Före: välj ett rum där alla sitter runt ett bord och kan se varandra.',
          en: 'Before: pick a room where everyone sits round one table and can see each other.',
        },
        {
          da: 'Før: inviter i god tid, og slå også invitationen op, hvor folk kigger: intranet, blog, sociale medier.',
          sv: 'Före: bjud in i god tid och lägg också ut inbjudan där folk tittar: intranät, blogg, sociala medier.',
          en: 'Before: invite in good time, and post the invitation where people look too: intranet, blog, social media.',
        },
        {
          da: 'Mød jer med samme interval, på samme ugedag, tid og sted, så både nye og faste deltagere let kan komme med.',
          sv: 'Träffas med samma intervall, på samma veckodag, tid och plats, så att både nya och tidigare medlemmar lätt kan haka på.',
          en: 'Meet at the same interval, weekday, time and place, so newcomers and returners can easily join.',
        },
        {
          da: 'Fysiske møder er grundlaget. Virtuelle møder kan sagtens supplere, men folk skal mødes for at lære hinanden at kende.',
          sv: 'Fysiska träffar är grunden. Virtuella träffar går bra som komplement, men människor behöver träffas för att lära känna varandra.',
          en: 'Meeting in person is the base. Virtual meetings are fine as well, but people need to meet to get to know each other.',
        },
        {
          da: 'Under: gå aldrig over tiden, og tak alle for at komme.',
          sv: 'Under: dra aldrig över tiden, och tacka alla för att de kom.',
          en: 'During: never run over time, and thank everyone for coming.',
        },
        {
          da: 'Efter: send eller læg referatet af drøftelsen der, hvor alle kan læse det.',
          sv: 'Efter: skicka eller lägg ut anteckningarna från diskussionen där alla kan läsa dem.',
          en: 'After: send or post notes of the discussion where everyone can read them.',
        },
        {
          da: 'Server noget at drikke og noget at spise.',
          sv: 'Servera något att dricka och något att äta.',
          en: 'Serve something to drink and something to eat.',
        },
        {
          da: 'Ingredienser: medlemmerne, faste møder, en koordinator og smagsprøver fra andre regioner eller sektorer.',
          sv: 'Ingredienser: medlemmarna, regelbundna träffar, en samordnare och smakprov från andra regioner eller sektorer.',
          en: 'Ingredients: the members, regular meetings, a coordinator, and tasters from other regions or sectors.',
        },
        {
          da: 'Resultater: nye samarbejder, mere kompetence, en følelse af at høre til og et bedre overblik over aktuelle spørgsmål – og i bedste fald mere trivsel i arbejdet gennem et bredere kollegialt netværk.',
          sv: 'Resultat: nya samarbeten, mer kompetens, en känsla av gemenskap och bättre överblick över aktuella frågor – och i bästa fall större trivsel i arbetet tack vare ett bredare kollegialt nätverk.',
          en: 'Results: new collaborations, more competence, a sense of belonging and a better overall picture of current questions; at best, more well-being at work through a wider circle of colleagues.',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'bring',
      title: { da: 'Det tager deltagerne med', sv: 'Det deltagarna tar med', en: 'What participants bring' },
      columns: 3,
      zones: [
        {
          id: 'my-needs',
          title: { da: 'Det har jeg brug for', sv: 'Det här behöver jag', en: 'What I need' },
          prompt: {
            da: 'Hvad kan andre i netværket hjælpe mig med?',
            sv: 'Vad kan andra i nätverket hjälpa mig med?',
            en: 'What could others in the network help me with?',
          },
          color: 'yellow',
        },
        {
          id: 'matters-to-raise',
          title: { da: 'Aktuelle sager', sv: 'Aktuella ärenden', en: 'Current matters' },
          prompt: {
            da: 'Hvilket fælles spørgsmål skal vi tage op i dag?',
            sv: 'Vilken gemensam fråga ska vi ta upp i dag?',
            en: 'Which shared question should we take up today?',
          },
          color: 'light_blue',
        },
        {
          id: 'guest-ideas',
          title: { da: 'Idéer til gæster', sv: 'Förslag på gäster', en: 'Ideas for guests' },
          prompt: {
            da: 'Hvem vil vi gerne høre: en sparringspartner, en neutral part, en inspirator?',
            sv: 'Vem vill vi höra: ett bollplank, en neutral part, en inspiratör?',
            en: 'Whom would we like to hear: a sounding board, a neutral party, someone to inspire us?',
          },
          color: 'light_green',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'minutes',
      title: { da: 'Referatet', sv: 'Minnesanteckningar', en: 'The notes' },
      columns: 3,
      zones: [
        {
          id: 'agreed',
          title: { da: 'Det aftalte vi', sv: 'Det här kom vi överens om', en: 'What we agreed' },
          prompt: {
            da: 'Én aftale eller beslutning per seddel.',
            sv: 'En överenskommelse eller ett beslut per lapp.',
            en: 'One agreement or decision per note.',
          },
          color: 'light_green',
          minutes: 'decision',
        },
        {
          id: 'who-does-what',
          title: {
            da: 'Hvem gør hvad – og hvornår',
            sv: 'Vem gör vad – och när',
            en: 'Who does what, by when',
          },
          prompt: {
            da: 'Opgave, hvem (en rolle), og hvornår.',
            sv: 'Uppgift, vem (en roll) och när.',
            en: 'The task, who (a role), and by when.',
          },
          color: 'orange',
          minutes: 'action',
        },
        {
          id: 'next-time',
          title: { da: 'Til næste gang', sv: 'Till nästa gång', en: 'Next time' },
          prompt: {
            da: 'Hvad tager vi op næste gang, og hvem skal med?',
            sv: 'Vad tar vi upp nästa gång, och vem ska vara med?',
            en: 'What do we take up next time, and who should join?',
          },
          color: 'light_blue',
          minutes: 'next',
        },
      ],
    },
  ],
};
