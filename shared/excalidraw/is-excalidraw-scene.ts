/**
 * Whether a parsed file is meant as an Excalidraw drawing, by its content rather than its name: the
 * `excalidraw` type, or (as Nextcloud Whiteboard may save it, without its header) a list of elements;
 * a board reading never is one.
 */
export function isExcalidrawScene(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, elements, readingVersion } = value as Record<string, unknown>;
  if (readingVersion !== undefined) return false;
  return Array.isArray(elements) || (typeof type === 'string' && type.startsWith('excalidraw'));
}
