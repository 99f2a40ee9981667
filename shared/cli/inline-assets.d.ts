// Vite's `?inline` import: the file's bytes as a base64 data URL, bundled into the output.
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
