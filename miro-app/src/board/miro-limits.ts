/** Miro's documented limits, shared by the generator's checks and the stand-in's rules. */
export const miroLimits = {
  /** Content HTML must be under this many characters. */
  contentLength: 6_000,
  /** Item metadata, all keys together, JSON in UTF-8. */
  metadataBytes: 256,
  /** Board app data, all keys together. */
  appDataBytes: 512,
  frameMinSize: 100,
} as const;
