import { layoutLimits } from '../../../shared/index.ts';

/** The participant count if it is a whole number within the layout's limits; undefined when left empty. */
export function parseParticipants(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  const { min, max } = layoutLimits.participants;
  return Number.isInteger(value) && value >= min && value <= max ? value : 'invalid';
}
