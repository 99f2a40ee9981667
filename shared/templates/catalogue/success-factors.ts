import type { Section, Template } from '../template-schema.ts';

type MatrixColumns = Extract<Section, { kind: 'matrix' }>['columns'];

/** Both checks share the same two columns, so a harvest compares them cell for cell. */
const checkColumns: MatrixColumns = [
  {
    id: 'in-place',
    title: {
      da: 'På plads – sådan ser vi det',
      sv: 'På plats – så ser vi det',
      en: 'In place — how we see it',
    },
    color: 'light_green',
  },
  {
    id: 'missing',
    title: {
      da: 'Mangler – det vil vi gøre',
      sv: 'Saknas – det här gör vi',
      en: 'Missing — what we will do',
    },
    color: 'orange',
    // What is missing is what the network will do: the minutes list it under who does what.
    minutes: 'action',
  },
];

/** A check of a network's success factors (content.md §7). Counts and dates stay out: they differ per network. */
export const successFactors: Template = {
  schemaVersion: 1,
  id: 'success-factors',
  version: 1,
  title: {
    da: 'Succesfaktorer for netværk',
    sv: 'Framgångsfaktorer för nätverk',
    en: 'Success factors for networks',
  },
  summary: {
    da: 'Tjek jeres netværk mod det, der får netværk til at lykkes: hvad er på plads, og hvad mangler?',
    sv: 'Pröva ert nätverk mot det som får nätverk att lyckas: vad finns på plats, och vad saknas?',
    en: 'Check your network against what makes networks work: what is in place, and what is missing?',
  },
  about: {
    da: 'Efter Familjen Helsingborgs netværksprojekt og erfaringerne fra Myndighetsnätverket i Sundsvall; grundene til at arbejde i netværk efter Albertslund Kommune.',
    sv: 'Efter Familjen Helsingborgs nätverksprojekt och erfarenheterna från Myndighetsnätverket i Sundsvall; skälen att arbeta i nätverk efter Albertslunds kommun.',
    en: "After Familjen Helsingborg's network project and the experience of Myndighetsnätverket in Sundsvall; the reasons to work in networks after Albertslund Kommune.",
  },
  instructions: [
    {
      da: 'Gå faktorerne igennem sammen; ikke alle passer til ethvert netværk.',
      sv: 'Gå igenom faktorerna tillsammans; alla passar inte varje nätverk.',
      en: 'Go through the factors together; not every one fits every network.',
    },
    {
      da: 'Er den på plads, så skriv, hvordan I ser det. Mangler den, så skriv, hvad I vil gøre, og hvem der gør det.',
      sv: 'Finns den på plats, skriv hur ni ser det. Saknas den, skriv vad ni ska göra och vem som gör det.',
      en: 'If it is in place, write how you see it. If it is missing, write what you will do, and who will do it.',
    },
    {
      da: 'Vælg de to-tre mangler, der betyder mest, og sæt dem på dagsordenen til næste møde.',
      sv: 'Välj de två–tre luckor som betyder mest och sätt upp dem på dagordningen till nästa möte.',
      en: 'Pick the two or three gaps that matter most and put them on the agenda of your next meeting.',
    },
    {
      da: 'Gentag tjekket, når I fornyer formål og mål.',
      sv: 'Gör om genomgången när ni förnyar syfte och mål.',
      en: 'Repeat the check whenever you renew purpose and goals.',
    },
  ],
  timing: { minutes: 60 },
  sections: [
    {
      kind: 'notes',
      id: 'why-networks',
      title: {
        da: 'Hvorfor arbejde i netværk?',
        sv: 'Varför arbeta i nätverk?',
        en: 'Why work in networks?',
      },
      items: [
        {
          da: 'Mange perspektiver: netværk bringer forskellige og ofte utraditionelle blikke i spil på kendte problemer.',
          sv: 'Många perspektiv: nätverk för in olika, ofta oväntade synsätt på kända problem.',
          en: 'Many perspectives: networks bring different, often unusual views to bear on familiar problems.',
        },
        {
          da: 'Relationer: på tværs af organisationen og ud i lokalsamfundet, til virksomheder og vidensinstitutioner.',
          sv: 'Relationer: tvärs över organisationen och ut i samhället, till företag och lärosäten.',
          en: 'Relations: across the organisation and out into the community, with businesses and knowledge institutions.',
        },
        {
          da: 'Eksperimenter: i netværket afprøver I nye arbejdsformer og metoder.',
          sv: 'Experiment: i nätverket prövar ni nya arbetssätt och metoder.',
          en: 'Experiments: in a network you try out new ways of working and new methods.',
        },
        {
          da: 'Motivation: at se på opgaverne på nye måder, sammen med borgerne, motiverer og engagerer.',
          sv: 'Motivation: att se på uppgifterna på nya sätt, tillsammans med invånarna, motiverar och engagerar.',
          en: 'Motivation: looking at the work in new ways, together with citizens, motivates and engages people.',
        },
        {
          da: 'Et netværk starter i et erkendt behov, for eksempel et problem, I længe har forsøgt at løse uden held.',
          sv: 'Ett nätverk börjar i ett konstaterat behov, till exempel ett problem som ni länge har försökt lösa utan att lyckas.',
          en: 'A network starts from an identified need, such as a problem you have long tried to solve without success.',
        },
      ],
    },
    {
      kind: 'matrix',
      id: 'purpose-social-structure',
      title: {
        da: 'Formål, fællesskab og struktur',
        sv: 'Syfte, gemenskap och struktur',
        en: 'Purpose, community and structure',
      },
      rowHeader: { da: 'Faktor', sv: 'Faktor', en: 'Factor' },
      rows: [
        {
          id: 'purpose',
          title: { da: 'Formål', sv: 'Syfte', en: 'Purpose' },
          question: {
            da: '• Engagerer formålet den enkelte?\n• Lever netværket op til det?\n• Er det afgrænset nok?\n• Kan målene måles?',
            sv: '• Engagerar syftet var och en?\n• Lever nätverket upp till det?\n• Är det lagom avgränsat?\n• Går målen att mäta?',
            en: '• Does the purpose engage each member?\n• Does the network live up to it?\n• Is it narrow enough?\n• Can its goals be measured?',
          },
        },
        {
          id: 'community',
          title: { da: 'Fællesskab', sv: 'Gemenskap', en: 'Community' },
          question: {
            da: 'Samarbejder vi, og føler vi os som et fællesskab? Er tonen uformel, med lige tilpas struktur?',
            sv: 'Samarbetar vi och känner gemenskap? Är klimatet informellt, med lagom mycket struktur?',
            en: 'Do we cooperate and feel we belong? Is the climate informal, with just enough structure?',
          },
        },
        {
          id: 'structure',
          title: { da: 'Struktur', sv: 'Struktur', en: 'Structure' },
          question: {
            da: '• Er regler, roller og beslutningsret klare?\n• Er der en neutral koordinator og et skiftende formandskab?\n• Er der plads til at tilpasse sig?',
            sv: '• Är regler, roller och beslutsrätt tydliga?\n• Finns en neutral samordnare och ett roterande ordförandeskap?\n• Finns förmåga att ställa om?',
            en: '• Are rules, roles and decision rights clear?\n• Is there a neutral coordinator and a rotating chair?\n• Is there room to adapt?',
          },
        },
        {
          id: 'renewed-yearly',
          title: { da: 'Fornyes hvert år', sv: 'Förnyas varje år', en: 'Renewed every year' },
          question: {
            da: 'Fornyer vi formål, mål og mødeform hvert år, og er formålet offentligt tilgængeligt?',
            sv: 'Förnyar vi syfte, mål och mötesupplägg varje år, och är syftet publicerat?',
            en: 'Do we renew purpose, goals and meeting set-up every year, and is the purpose published?',
          },
        },
        {
          id: 'has-coordinator',
          title: { da: 'En koordinator', sv: 'En samordnare', en: 'A coordinator' },
          question: {
            da: 'Har netværket en koordinator med tid afsat til opgaven?',
            sv: 'Har nätverket en samordnare med avsatt tid för uppdraget?',
            en: 'Does the network have a coordinator with time set aside for the task?',
          },
        },
        {
          id: 'members-want-it',
          title: { da: 'Medlemmerne vil det', sv: 'Medlemmarna vill vara med', en: 'Members want it' },
          question: {
            da: 'Ønskede et flertal af medlemmerne at være med fra start – og gør de det stadig?',
            sv: 'Ville en majoritet av medlemmarna vara med från start – och vill de det fortfarande?',
            en: 'Did a majority of members want to join at the start, and do they still?',
          },
        },
        {
          id: 'formal-closing',
          title: { da: 'En god afslutning', sv: 'Ett ordnat avslut', en: 'A proper close' },
          question: {
            da: 'Ved vi, hvordan vi lukker netværket formelt, når aktiviteten er væk?',
            sv: 'Vet vi hur vi avslutar nätverket formellt när aktiviteten har upphört?',
            en: 'Do we know how to close the network formally once the activity is gone?',
          },
        },
      ],
      columns: checkColumns,
    },
    {
      kind: 'matrix',
      id: 'staying-power',
      title: {
        da: 'Det, der holder et netværk i live',
        sv: 'Det som håller ett nätverk vid liv',
        en: 'What keeps a network going',
      },
      rowHeader: { da: 'Faktor', sv: 'Faktor', en: 'Factor' },
      rows: [
        {
          id: 'persistence',
          title: { da: 'Vedholdenhed', sv: 'Uthållighet', en: 'Persistence' },
          question: {
            da: 'Giver vi samarbejdet de år, det tager at vokse?',
            sv: 'Ger vi samarbetet de år det tar att växa?',
            en: 'Do we give the collaboration the years it takes to grow?',
          },
        },
        {
          id: 'top-anchoring',
          title: {
            da: 'Forankret i topledelsen',
            sv: 'Förankrat i högsta ledningen',
            en: 'Anchored at the top',
          },
          question: {
            da: 'Er arbejdsformen forankret i den øverste ledelse, og viser ledelsen det?',
            sv: 'Är arbetssättet förankrat i högsta ledningen, och märks det?',
            en: 'Is the way of working anchored in top management, and does it show?',
          },
        },
        {
          id: 'dedicated-roles',
          title: { da: 'Roller med tid', sv: 'Roller med tid', en: 'Roles with time' },
          question: {
            da: 'Har koordinatoren reel tid til opgaven, og er der en, der tager sig af det praktiske ved aktiviteterne?',
            sv: 'Har samordnaren verklig tid för uppdraget, och finns det någon som sköter det praktiska kring aktiviteterna?',
            en: 'Does the coordinator have real time for it, and does someone handle the practical side of activities?',
          },
        },
        {
          id: 'shared-load',
          title: {
            da: 'Delte udgifter og opgaver',
            sv: 'Delade kostnader och arbete',
            en: 'Shared costs and work',
          },
          question: {
            da: 'Deler vi udgifter og arbejde, så vi kan gøre det, ingen af os kunne alene?',
            sv: 'Delar vi på kostnader och arbete, så att vi kan göra det som ingen klarar på egen hand?',
            en: 'Do we share costs and work, so we can do what none of us could alone?',
          },
        },
        {
          id: 'working-groups',
          title: { da: 'Arbejdsgrupper', sv: 'Arbetsgrupper', en: 'Working groups' },
          question: {
            da: 'Har vi arbejdsgrupper eller et råd, hvor idéer formes i fællesskab?',
            sv: 'Har vi arbetsgrupper eller ett råd där idéer formas gemensamt?',
            en: 'Do we have working groups or a council where ideas are shaped together?',
          },
        },
        {
          id: 'contact-people',
          title: { da: 'Kontaktpersoner', sv: 'Kontaktpersoner', en: 'Contact people' },
          question: {
            da: 'Har hver medlemsorganisation en kontaktperson, så vejen er kort?',
            sv: 'Har varje medlemsorganisation en kontaktperson, så att vägarna blir korta?',
            en: 'Does each member organisation have a contact person, so paths are short?',
          },
        },
        {
          id: 'think-network',
          title: {
            da: 'Tænk netværk – prøv det!',
            sv: 'Tänk nätverk – testa!',
            en: 'Think network — try it!',
          },
          question: {
            da: 'Tænker vi ud over egne behov, og prøver vi ting af i stedet for at se problemer?',
            sv: 'Tänker vi längre än till våra egna behov, och testar vi i stället för att se problem?',
            en: 'Do we think beyond our own needs, and try things out instead of seeing problems?',
          },
        },
        {
          id: 'own-people',
          title: { da: 'Vores egne folk', sv: 'Våra egna medarbetare', en: 'Our own people' },
          question: {
            da: 'Bruger vi medlemmernes egne medarbejdere som undervisere, oplægsholdere eller værter?',
            sv: 'Använder vi medlemmarnas egna medarbetare som utbildare, föreläsare eller värdar?',
            en: "Do we use members' own staff as trainers, speakers or hosts?",
          },
        },
        {
          id: 'time-to-network',
          title: { da: 'Tid til at netværke', sv: 'Tid för nätverkande', en: 'Time to network' },
          question: {
            da: 'Giver vores aktiviteter plads til, at folk mødes og knytter nye kontakter?',
            sv: 'Ger våra aktiviteter utrymme för att mötas och knyta nya kontakter?',
            en: 'Do our activities leave room for people to meet and make new contacts?',
          },
        },
        {
          id: 'evaluate-benefit',
          title: { da: 'Evaluér nytten', sv: 'Utvärdera nyttan', en: 'Evaluate the benefit' },
          question: {
            da: 'Evaluerer vi jævnligt, hvad netværket giver medlemmerne?',
            sv: 'Utvärderar vi regelbundet vad nätverket ger medlemmarna?',
            en: 'Do we regularly evaluate what the network gives its members?',
          },
        },
        {
          id: 'target-picture',
          title: { da: 'Et fælles målbillede', sv: 'En gemensam målbild', en: 'A shared target picture' },
          question: {
            da: 'Har vi et fælles billede af, hvor vi vil være om nogle år?',
            sv: 'Har vi en gemensam bild av var vi vill vara om några år?',
            en: 'Do we share a picture of where we want to be in a few years?',
          },
        },
      ],
      columns: checkColumns,
    },
  ],
};
