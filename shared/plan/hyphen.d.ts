// The `hyphen` package (Liang's algorithm with TeX's patterns) ships CommonJS without types.
interface HyphenLanguage {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/da' {
  const language: HyphenLanguage;
  export default language;
}
declare module 'hyphen/sv' {
  const language: HyphenLanguage;
  export default language;
}
declare module 'hyphen/en-us' {
  const language: HyphenLanguage;
  export default language;
}
