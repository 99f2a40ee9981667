import { defineMessages } from '../../../shared/index.ts';

/** Texts of the dot votes in the panel (Harvest tab) and the preview's "Add dot". */
export const dotVoteMessages = defineMessages({
  en: {
    dotChartHeading: 'Dot vote: {board}',
    dotChartTotal: '{count, plural, one {# dot} other {# dots}} in all',
    dotChartNone: 'No dots placed yet.',
    dotChartValue: '{count} ({percent} %)',
    dotChartStrongest: 'Strongest',
    dotChartWeakest: 'Weakest',
    dotChartDownload: 'Download dot chart (SVG)',
    dotChartDownloaded: 'The dot chart is downloaded as SVG: put it beside the minutes.',
  },
  da: {
    dotChartHeading: 'Prikafstemning: {board}',
    dotChartTotal: '{count, plural, one {# prik} other {# prikker}} i alt',
    dotChartNone: 'Ingen prikker endnu.',
    dotChartValue: '{count} ({percent} %)',
    dotChartStrongest: 'Stærkest',
    dotChartWeakest: 'Svagest',
    dotChartDownload: 'Hent prikdiagram (SVG)',
    dotChartDownloaded: 'Prikdiagrammet er hentet som SVG: læg det ved referatet.',
  },
  sv: {
    dotChartHeading: 'Prickröstning: {board}',
    dotChartTotal: '{count, plural, one {# prick} other {# prickar}} totalt',
    dotChartNone: 'Inga prickar ännu.',
    dotChartValue: '{count} ({percent} %)',
    dotChartStrongest: 'Starkast',
    dotChartWeakest: 'Svagast',
    dotChartDownload: 'Ladda ned prickdiagram (SVG)',
    dotChartDownloaded: 'Prickdiagrammet är nedladdat som SVG: lägg det vid minnesanteckningarna.',
  },
});
