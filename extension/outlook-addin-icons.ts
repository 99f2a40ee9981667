import { deflateSync } from 'node:zlib';

/** The icon sizes Outlook asks for: 16, 32 and 80 on the ribbon, 64 and 128 in the add-in lists. */
export const addinIconSizes = [16, 32, 64, 80, 128] as const;

/**
 * Netverk's icon drawn at build time, no image files in the repository: three linked dots (a
 * network) in white on Netverk blue, anti-aliased by 4×4 supersampling. Returns a PNG file.
 */
export function renderAddinIcon(size: number): Uint8Array {
  const dots = [
    [0.3, 0.32],
    [0.72, 0.42],
    [0.42, 0.74],
  ] as const;
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          if (!inRoundedSquare(u, v, 0.18)) continue;
          inside++;
          const onDot = dots.some(([cx, cy]) => Math.hypot(u - cx, v - cy) < 0.11);
          const onLink = dots.some((a, i) => {
            const b = dots[(i + 1) % dots.length] as readonly [number, number];
            return distanceToSegment(u, v, a, b) < 0.035;
          });
          if (onDot || onLink) white++;
        }
      }
      const total = samples * samples;
      const alpha = inside / total;
      const whiteShare = inside === 0 ? 0 : white / inside;
      const offset = (y * size + x) * 4;
      // Netverk blue #1f4fbf, mixed with white where the network is drawn.
      rgba[offset] = Math.round(0x1f + (255 - 0x1f) * whiteShare);
      rgba[offset + 1] = Math.round(0x4f + (255 - 0x4f) * whiteShare);
      rgba[offset + 2] = Math.round(0xbf + (255 - 0xbf) * whiteShare);
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function inRoundedSquare(u: number, v: number, radius: number): boolean {
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(
  u: number,
  v: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): number {
  const t = Math.max(
    0,
    Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
}

/** A minimal PNG: IHDR (8-bit RGBA), one zlib IDAT, IEND. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  return concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
