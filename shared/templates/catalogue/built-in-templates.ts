import type { Template } from '../template-schema.ts';
import { fieldWalk } from './field-walk.ts';
import { knowledgeScan } from './knowledge-scan.ts';
import { leaderCompetences } from './leader-competences.ts';
import { networkType } from './network-type.ts';
import { openMeeting } from './open-meeting.ts';
import { perfectGroup } from './perfect-group.ts';
import { sevenCharacteristics } from './seven-characteristics.ts';
import { successFactors } from './success-factors.ts';
import { themeCanvas } from './theme-canvas.ts';
import { valueCreation } from './value-creation.ts';
import { whoToTalkTo } from './who-to-talk-to.ts';

/** The built-in catalogue, in the order the app lists it. One file per template; add new ones here. */
export const builtInTemplates: readonly Template[] = [
  themeCanvas,
  sevenCharacteristics,
  networkType,
  fieldWalk,
  knowledgeScan,
  whoToTalkTo,
  openMeeting,
  leaderCompetences,
  successFactors,
  perfectGroup,
  valueCreation,
];

export function findTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
