/**
 * Whether a parsed file is meant as an Excalidraw drawing, by its content rather than its name: the
 * `excalidraw` type, or (as Nextcloud Whiteboard may save it) no type but a list of elements.
 */
export function isExcalidrawScene(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, elements, readingVersion } = value as Record<string, unknown>;
  if (typeof type === 'string') return type.startsWith('excalidraw');
  return readingVersion === undefined && Array.isArray(elements);
}
