import { builtInTemplates } from '../../shared/index.ts';

export { builtInTemplates };
/** A valid template to copy and break in tests. */
export const themeCanvasForTests = structuredClone(builtInTemplates.find((t) => t.id === 'theme-canvas'));
