import type { Template } from '../template-schema.ts';

/** Value created by a network (content.md §8): five value cycles, a value story, cost and benefit. */
export const valueCreation: Template = {
  schemaVersion: 1,
  id: 'value-creation',
  version: 1,
  title: {
    da: 'Netværkets værdiskabelse',
    sv: 'Nätverkets värdeskapande',
    en: 'Value created by the network',
  },
  summary: {
    da: 'Følg værdien fra det, der skete på møderne, til det, der ændrede sig for borgerne.',
    sv: 'Följ värdet från det som hände på mötena till det som förändrades för invånarna.',
    en: 'Follow the value from what happened at the meetings to what changed for citizens.',
  },
  about: {
    da: 'Med vores egne ord, efter Wenger-Trayners værdiskabelsescyklusser. Spørgsmålet om netværkenes nytte rejses af Familjen Helsingborg, Myndighetsnätverket i Sundsvall og Albertslund Kommune. Referencelederen er den chef, der forankrer netværket i linjeorganisationen; chefforum er ledergruppen, der vælger temaerne.',
    sv: 'Med våra egna ord, efter Wenger-Trayners cykler för värdeskapande. Frågan om nätverkens nytta väcks av Familjen Helsingborg, Myndighetsnätverket i Sundsvall och Albertslunds kommun. Referensledaren är den chef som förankrar nätverket i linjen; chefsforum är ledningsgruppen som väljer teman.',
    en: "In our own words, modelled on Wenger-Trayner's value-creation cycles. The question of what networks are worth is raised by Familjen Helsingborg, Myndighetsnätverket in Sundsvall and Albertslund Kommune. The reference leader is the manager who anchors the network in the line organisation; the management forum is the leadership group that picks themes.",
  },
  instructions: [
    {
      da: 'Gå cyklusserne igennem fra venstre mod højre; hver bygger på den forrige.',
      sv: 'Gå igenom cyklerna från vänster till höger; var och en bygger på den förra.',
      en: 'Work through the cycles from left to right; each builds on the one before.',
    },
    {
      da: 'Vær konkret: et eksempel eller et tal på hver seddel, og skriv, hvor det kommer fra.',
      sv: 'Var konkret: ett exempel eller en siffra på varje lapp, och skriv var det kommer ifrån.',
      en: 'Be concrete: an example or a figure on every note, and say where it comes from.',
    },
    {
      da: 'Tomme felter er ikke et nederlag: de viser, hvad I skal holde øje med fremover.',
      sv: 'Tomma fält är inget misslyckande: de visar vad ni ska hålla utkik efter framöver.',
      en: 'Empty cycles are not a failure: they show what to watch for from now on.',
    },
    {
      da: 'Slut af med én værdifortælling, som I kan dele med referencelederen eller chefforum.',
      sv: 'Avsluta med en värdeberättelse som ni kan dela med referensledaren eller chefsforum.',
      en: 'End with one value story you could tell your reference leader or management forum.',
    },
  ],
  timing: { minutes: 75 },
  sections: [
    {
      kind: 'notes',
      id: 'bring-beforehand',
      title: { da: 'Det skal I have med', sv: 'Att ta med', en: 'Bring beforehand' },
      items: [
        {
          da: 'Evalueringer og deltagertal fra årets møder.',
          sv: 'Utvärderingar och deltagarsiffror från årets träffar.',
          en: "Evaluations and attendance figures from the year's meetings.",
        },
        {
          da: 'To konkrete eksempler på noget, netværket har gjort en forskel for.',
          sv: 'Två konkreta exempel på något som nätverket har gjort skillnad för.',
          en: 'Two concrete examples of something the network made a difference to.',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'cycles',
      title: { da: 'Fem værdicyklusser', sv: 'Fem värdecykler', en: 'Five value cycles' },
      columns: 5,
      zones: [
        {
          id: 'immediate',
          title: { da: 'Umiddelbar værdi', sv: 'Omedelbart värde', en: 'Immediate value' },
          prompt: {
            da: 'Hvad skete der, og hvordan var det at være med?',
            sv: 'Vad hände, och hur var det att vara med?',
            en: 'What happened, and what was it like to take part?',
          },
          color: 'light_yellow',
        },
        {
          id: 'potential',
          title: { da: 'Potentiel værdi', sv: 'Potentiellt värde', en: 'Potential value' },
          prompt: {
            da: 'Hvad kom der ud af det: idéer, kontakter, viden, materiale?',
            sv: 'Vad gav det: idéer, kontakter, kunskap, material?',
            en: 'What did it produce: ideas, contacts, knowledge, material?',
          },
          color: 'yellow',
        },
        {
          id: 'applied',
          title: { da: 'Anvendt værdi', sv: 'Tillämpat värde', en: 'Applied value' },
          prompt: {
            da: 'Hvad gør nogen anderledes i praksis på grund af det?',
            sv: 'Vad gör någon annorlunda i praktiken tack vare det?',
            en: 'What does someone do differently in practice because of it?',
          },
          color: 'light_green',
        },
        {
          id: 'realised',
          title: { da: 'Realiseret værdi', sv: 'Realiserat värde', en: 'Realised value' },
          prompt: {
            da: 'Hvilken forskel gjorde det for resultaterne – og for borgerne?',
            sv: 'Vilken skillnad gjorde det för resultaten – och för invånarna?',
            en: 'What difference did it make to results, and to citizens?',
          },
          color: 'green',
        },
        {
          id: 'reframing',
          title: { da: 'Omdefinerende værdi', sv: 'Omprövande värde', en: 'Reframing value' },
          prompt: {
            da: 'Har det ændret, hvordan vi forstår succes, eller hvad vi ser som målet?',
            sv: 'Har det ändrat hur vi ser på framgång, eller vad vi ser som målet?',
            en: 'Has it changed how we define success, or what we see as the goal?',
          },
          color: 'violet',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'value-story',
      title: { da: 'En værdifortælling', sv: 'En värdeberättelse', en: 'A value story' },
      columns: 4,
      zones: [
        {
          id: 'situation',
          title: { da: 'Situationen', sv: 'Situationen', en: 'The situation' },
          prompt: {
            da: 'Hvad var udgangspunktet? Hvad var svært, eller hvad manglede?',
            sv: 'Vad var utgångsläget? Vad var svårt, eller vad saknades?',
            en: 'What was the starting point? What was hard, or missing?',
          },
          color: 'gray',
        },
        {
          id: 'what-we-did',
          title: { da: 'Det gjorde vi', sv: 'Det här gjorde vi', en: 'What we did' },
          prompt: {
            da: 'Hvad gjorde netværket eller dets medlemmer? Hvem var med (roller)?',
            sv: 'Vad gjorde nätverket eller dess medlemmar? Vilka var med (roller)?',
            en: 'What did the network or its members do? Who took part (roles)?',
          },
          color: 'light_blue',
        },
        {
          id: 'difference',
          title: { da: 'Den forskel, det gjorde', sv: 'Skillnaden det gjorde', en: 'The difference it made' },
          prompt: {
            da: 'Hvad ændrede sig, og for hvem? Følg sporet gennem cyklusserne.',
            sv: 'Vad förändrades, och för vem? Följ spåret genom cyklerna.',
            en: 'What changed, and for whom? Follow the thread through the cycles.',
          },
          color: 'green',
        },
        {
          id: 'evidence',
          title: { da: 'Sådan ved vi det', sv: 'Så vet vi det', en: 'How we know' },
          prompt: {
            da: 'Tal, citater, dokumenter, iagttagelser: hvor kan andre tjekke det?',
            sv: 'Siffror, citat, dokument, iakttagelser: var kan andra kontrollera det?',
            en: 'Figures, quotes, documents, observations: where can others check it?',
          },
          color: 'cyan',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'cost-benefit',
      title: { da: 'Omkostninger og gevinster', sv: 'Kostnad och nytta', en: 'Cost and benefit' },
      columns: 2,
      zones: [
        {
          id: 'costs',
          title: { da: 'Det koster', sv: 'Det här kostar det', en: 'What it costs' },
          prompt: {
            da: 'Timer, penge, lokaler, transport: hvad lægger medlemmer og arbejdsgivere i det?',
            sv: 'Timmar, pengar, lokaler, resor: vad lägger medlemmar och arbetsgivare in?',
            en: 'Hours, money, rooms, travel: what do members and employers put in?',
          },
          color: 'orange',
        },
        {
          id: 'benefits',
          title: { da: 'Det giver', sv: 'Det här ger det', en: 'What it gives' },
          prompt: {
            da: 'Gevinster for organisationerne og borgerne: opvejer de omkostningerne?',
            sv: 'Nytta för organisationerna och invånarna: väger den upp kostnaden?',
            en: 'Benefits for the organisations and for citizens: do they outweigh the cost?',
          },
          color: 'light_green',
        },
      ],
    },
    {
      kind: 'notes',
      id: 'tax-money',
      items: [
        {
          da: 'Netværk betales med skattekroner. At kunne vise, hvad de giver igen, er en del af opgaven – ikke noget ekstra.',
          sv: 'Nätverk betalas med skattemedel. Att kunna visa vad de ger tillbaka hör till uppdraget – det är inget extra.',
          en: 'Networks are paid for with tax money. Showing what they give back is part of the job, not an extra.',
        },
        {
          da: 'Gør opgørelsen jævnligt, og del den med medlemmerne og ledelsen.',
          sv: 'Gör en avstämning regelbundet och dela den med medlemmarna och ledningen.',
          en: 'Take stock regularly, and share it with the members and management.',
        },
      ],
    },
  ],
};
