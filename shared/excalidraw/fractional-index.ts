const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The n-th key (from 0) of an increasing sequence of fractional indices, as Excalidraw 0.17+ orders
 * elements (`fractional-indexing`: a head letter saying how many base-62 digits follow, `a` one,
 * `b` two, …). Integer keys only, so every key is valid and they sort in element order.
 */
export function fractionalIndex(n: number): string {
  let length = 1;
  let capacity = 62;
  let offset = 0;
  while (n - offset >= capacity) {
    offset += capacity;
    length += 1;
    capacity *= 62;
  }
  let rest = n - offset;
  let body = '';
  for (let i = 0; i < length; i += 1) {
    body = digits[rest % 62] + body;
    rest = Math.floor(rest / 62);
  }
  return String.fromCharCode('a'.charCodeAt(0) + length - 1) + body;
}
