import { ShowCardButton } from '../pages/show-card-button.tsx';
import type { IslandProps } from './island-props.ts';

/** The popup's footer: show the card on the calendar tab now. */
export default function FooterIsland({ t }: IslandProps) {
  return <ShowCardButton t={t} />;
}
