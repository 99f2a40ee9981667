/** What the add-in does beyond the card, each from the Mailbox requirement set that makes it possible. */
export const addinFeatures = [
  { id: 'insert', minVersion: '1.3', event: false },
  { id: 'series', minVersion: '1.7', event: false },
  { id: 'follow', minVersion: '1.7', event: false },
  { id: 'notice', minVersion: '1.11', event: true },
  { id: 'sendCheck', minVersion: '1.12', event: true },
] as const;

export type AddinFeature = (typeof addinFeatures)[number];
export type AddinFeatureId = AddinFeature['id'];

const mailboxVersions = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
  '1.15',
];

/** The highest Mailbox requirement set this Outlook reports, e.g. `1.5` for Exchange 2016 on premises. */
export function highestMailbox(has: (version: string) => boolean): string {
  return mailboxVersions.filter((version) => has(version)).at(-1) ?? '1.1';
}

/** The features this Outlook has and lacks, in the order of the table. */
export function splitFeatures(has: (version: string) => boolean): {
  present: AddinFeature[];
  missing: AddinFeature[];
} {
  return {
    present: addinFeatures.filter((feature) => has(feature.minVersion)),
    missing: addinFeatures.filter((feature) => !has(feature.minVersion)),
  };
}
