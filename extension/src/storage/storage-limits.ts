/** Limits that keep an imported file or a corrupt record from filling the browser. */
export const storageLimits = {
  fieldText: 10_000,
  shortText: 500,
  fieldsPerDraft: 40,
  drafts: 1_000,
  networks: 1_000,
  dismissedSeries: 500,
  snippets: 2_000,
} as const;
