import type { Template } from '../template-schema.ts';

/** Self-assessment on the network leader's ten competences (content.md §6), in our own short wording. */
export const leaderCompetences: Template = {
  schemaVersion: 1,
  id: 'leader-competences',
  version: 1,
  title: {
    da: 'Netværkslederens ti kompetencer',
    sv: 'Nätverksledarens tio kompetenser',
    en: "The network leader's ten competences",
  },
  summary: {
    da: 'En selvevaluering: hvor er du allerede stærk, og hvor vil du udvikle dig nu?',
    sv: 'En självskattning: var är du redan stark, och var vill du utvecklas härnäst?',
    en: 'A self-assessment: where are you strong already, and where do you want to grow next?',
  },
  about: {
    da: 'Efter Albertslund Kommunes beskrivelse af den gode netværksleder. Referencelederen er den chef, der forankrer netværket i linjeorganisationen; co-driveren leder netværket sammen med dig.',
    sv: 'Efter Albertslunds kommuns beskrivning av den goda nätverksledaren. Referensledaren är den chef som förankrar nätverket i linjen; medledaren leder nätverket tillsammans med dig.',
    en: "After Albertslund Kommune's description of the good network leader. The reference leader is the manager who anchors the network in the line organisation; the co-driver leads the network alongside you.",
  },
  instructions: [
    {
      da: 'Arbejd alene først: én kompetence ad gangen, ét konkret eksempel per seddel.',
      sv: 'Arbeta själv först: en kompetens i taget, ett konkret exempel per lapp.',
      en: 'Work alone first: one competence at a time, one concrete example per note.',
    },
    {
      da: 'Vær konkret: en situation, hvor du gjorde det, eller ét næste skridt, du kan tage snart.',
      sv: 'Var konkret: en situation där du gjorde det, eller ett nästa steg som du kan ta snart.',
      en: 'Be specific: a situation where you did it, or one next step you can take soon.',
    },
    {
      da: 'Vælg en eller to, du vil udvikle, og tal dem igennem med din referenceleder eller co-driver.',
      sv: 'Välj en eller två som du vill utveckla och prata igenom dem med din referensledare eller medledare.',
      en: 'Pick one or two to grow in, and talk them over with your reference leader or co-driver.',
    },
    {
      da: 'Tavlen er til én leder eller et lederpar. I en gruppe får hver deltager sin egen udgave.',
      sv: 'Tavlan är till för en ledare eller ett ledarpar. I en grupp får varje deltagare ett eget exemplar.',
      en: 'The board is for one leader or a leader pair. In a group, each participant gets their own copy.',
    },
  ],
  timing: { minutes: 40 },
  sections: [
    {
      kind: 'notes',
      id: 'training',
      items: [
        {
          da: 'Det er en fordel at være uddannet netværksleder, men ikke et krav. Det vigtigste er, at du kan se dig selv i rollen.',
          sv: 'Det är en fördel att ha gått en utbildning för nätverksledare, men inget krav. Det viktiga är att du känner igen dig i rollen.',
          en: 'Training as a network leader is an advantage, not a requirement. What matters is that you recognise yourself in the role.',
        },
      ],
    },
    {
      kind: 'matrix',
      id: 'competences',
      rowHeader: { da: 'Kompetence', sv: 'Kompetens', en: 'Competence' },
      rows: [
        {
          id: 'thinks-others-in',
          title: {
            da: 'Tænker andre ind i opgaven',
            sv: 'Tänker in andra i uppgiften',
            en: 'Thinks others into the task',
          },
          question: {
            da: 'Ser jeg, hvilke fagfolk, borgere, politikere, organisationer og virksomheder der kan skabe noget sammen?',
            sv: 'Ser jag vilka yrkesgrupper, invånare, politiker, organisationer och företag som kan skapa något tillsammans?',
            en: 'Do I see which professionals, citizens, politicians, organisations and businesses could achieve something together?',
          },
        },
        {
          id: 'engages',
          title: {
            da: 'Engagerer til medejerskab',
            sv: 'Engagerar till delat ägarskap',
            en: 'Engages others to co-own',
          },
          question: {
            da: 'Får jeg aktører, der er afhængige af hinanden, til at deltage, tage ejerskab og lede med?',
            sv: 'Får jag aktörer som är beroende av varandra att delta, ta ägarskap och leda tillsammans?',
            en: 'Do I get actors who depend on each other to take part, take ownership and co-lead?',
          },
        },
        {
          id: 'safe-space',
          title: { da: 'Skaber et trygt rum', sv: 'Skapar ett tryggt rum', en: 'Creates a safe space' },
          question: {
            da: 'Mødes folk med forskellig baggrund som ligeværdige, med respekt og tillid?',
            sv: 'Möts människor med olika bakgrund som jämlikar, med respekt och tillit?',
            en: 'Do people with different backgrounds meet as equals, with respect and trust?',
          },
        },
        {
          id: 'curious-dialogue',
          title: {
            da: 'Udfordrer vanetænkning med nysgerrighed',
            sv: 'Utmanar invanda tankar med nyfikenhet',
            en: 'Challenges habits with curiosity',
          },
          question: {
            da: 'Hjælper mine spørgsmål og dialoger andre til at bryde vanetænkning og finde svar sammen?',
            sv: 'Hjälper mina frågor och samtal andra att bryta invanda mönster och hitta svar tillsammans?',
            en: 'Do my questions and dialogues help others break habits of thought and find answers together?',
          },
        },
        {
          id: 'courage',
          title: {
            da: 'Tør sætte i gang og eksperimentere',
            sv: 'Vågar sätta igång och experimentera',
            en: 'Dares to start and experiment',
          },
          question: {
            da: 'Sætter jeg processer i gang på usikker grund, forfølger det ukendte og prøver mig frem undervejs?',
            sv: 'Sätter jag igång processer på osäker mark, ger mig in i det okända och prövar mig fram?',
            en: 'Do I start processes on uncertain ground, follow the unknown and try things out as we go?',
          },
        },
        {
          id: 'strategic-agenda',
          title: {
            da: 'Kender den strategiske dagsorden',
            sv: 'Känner till den strategiska agendan',
            en: 'Knows the strategic agenda',
          },
          question: {
            da: 'Bruger jeg organisationens strategiske dagsorden – eller udfordrer den – når vi forfølger nye løsninger?',
            sv: 'Använder jag organisationens strategiska agenda – eller utmanar den – när vi söker nya lösningar?',
            en: "Do I use the organisation's strategic agenda, or challenge it, as we pursue new solutions?",
          },
        },
        {
          id: 'effects-and-decisions',
          title: {
            da: 'Jagter effekt og ved, hvornår der skal besluttes',
            sv: 'Jagar effekt och vet när beslut behövs',
            en: 'Chases effects, knows when to decide',
          },
          question: {
            da: 'Genåbner jeg beslutninger, når det giver en bedre løsning – og ved jeg, hvornår der skal besluttes for at komme videre?',
            sv: 'Omprövar jag beslut när det ger en bättre lösning – och vet jag när ett beslut behövs för att komma vidare?',
            en: 'Do I reopen decisions when it leads to a better solution, yet know when a decision is needed to move on?',
          },
        },
        {
          id: 'communicates',
          title: {
            da: 'Kommunikerer og skaber opbakning',
            sv: 'Kommunicerar och förankrar',
            en: 'Communicates to build support',
          },
          question: {
            da: 'Skaber jeg opbakning til nye løsninger hos medarbejdere, borgere og politikere – og bruger jeg digitale platforme godt?',
            sv: 'Förankrar jag nya lösningar hos medarbetare, invånare och politiker – och använder jag digitala plattformar väl?',
            en: 'Do I win support for new solutions among staff, citizens and politicians, and make good use of digital platforms?',
          },
        },
        {
          id: 'explores',
          title: { da: 'Udforsker nye veje', sv: 'Utforskar nya vägar', en: 'Explores new ways' },
          question: {
            da: 'Er jeg den, der hele tiden er på udkig efter nye og bedre løsninger?',
            sv: 'Är jag den som hela tiden letar efter nya och bättre lösningar?',
            en: 'Am I the one who keeps looking for new and better solutions?',
          },
        },
        {
          id: 'grows',
          title: {
            da: 'Vil udvikle sig som facilitator og leder',
            sv: 'Vill växa som processledare och ledare',
            en: 'Wants to grow as facilitator and leader',
          },
          question: {
            da: 'Udfordrer jeg mig selv og bygger mine evner op gennem både teori og praksis i netværksarbejdet?',
            sv: 'Utmanar jag mig själv och utvecklar min förmåga genom både teori och praktik i nätverksarbetet?',
            en: 'Do I challenge myself and build my skills through both theory and practice in network work?',
          },
        },
      ],
      columns: [
        {
          id: 'strength',
          title: {
            da: 'Det gør jeg godt – et eksempel',
            sv: 'Det här gör jag bra – ett exempel',
            en: 'I do this well — an example',
          },
          color: 'light_green',
        },
        {
          id: 'grow',
          title: {
            da: 'Her vil jeg udvikle mig – næste skridt',
            sv: 'Här vill jag växa – nästa steg',
            en: 'I want to grow — next step',
          },
          color: 'light_pink',
        },
      ],
    },
  ],
};
