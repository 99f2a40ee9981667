import regular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?inline';
import bold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?inline';
import type { PdfFontData } from '../print/pdf-fonts.ts';

/**
 * The font the CLI's PDFs embed: Arimo (SIL Open Font License 1.1, from the npm package
 * `@expo-google-fonts/arimo`, licence in its LICENSE_FONT), the design Liberation Sans 2 is built on,
 * metric-compatible with Helvetica and Arial, so the shared text measure holds; it has the Latin
 * Extended letters (Sámi ŋ đ ŧ, Finnish-Swedish and other European names) Helvetica lacks. The
 * bundler inlines the bytes, so `dist/cli/netverk.js` needs no file beside it.
 */
let decoded: PdfFontData | undefined;

export function pdfFontData(): PdfFontData {
  decoded ??= { regular: fromDataUrl(regular), bold: fromDataUrl(bold) };
  return decoded;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const values = new Map([...alphabet].map((char, i) => [char.charCodeAt(0), i]));

/** The bytes of a base64 data URL (the core has no `atob` or `Buffer`). */
function fromDataUrl(url: string): Uint8Array {
  const text = url.slice(url.indexOf(',') + 1).replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    buffer = (buffer << 6) | (values.get(text.charCodeAt(i)) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
