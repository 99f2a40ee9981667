/** Rejects the way the SDK does: a plain Error with a message that says what was wrong. */
export function fail(message: string): never {
  throw new Error(message);
}
