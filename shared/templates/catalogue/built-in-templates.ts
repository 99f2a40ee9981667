import type { Template } from '../template-schema.ts';
import { networkType } from './network-type.ts';
import { themeCanvas } from './theme-canvas.ts';

/** The built-in catalogue, in the order the app lists it. One file per template; add new ones here. */
export const builtInTemplates: readonly Template[] = [themeCanvas, networkType];

export function findTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
