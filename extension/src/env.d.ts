/// <reference types="vite/client" />

/** CRXJS: `import file from './x.ts?iife'` gives the built IIFE script's file name. */
declare module '*?iife' {
  const fileName: string;
  export default fileName;
}
