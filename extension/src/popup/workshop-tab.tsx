import { SessionPlanner } from '../pages/session-planner.tsx';
import type { IslandProps } from './island-props.ts';

/** The Workshop tab: a session timed for the group, start and length. */
export default function WorkshopTab({ locale, t }: IslandProps) {
  return <SessionPlanner locale={locale} t={t} />;
}
