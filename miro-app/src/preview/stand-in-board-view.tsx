import { createTranslator, type Locale } from '../../../shared/index.ts';
import type { StandInBoard } from '../board/stand-in/index.ts';
import { previewMessages } from './preview-messages.ts';
import { useStandInSvg } from './use-stand-in-svg.ts';

/** The stand-in board, drawn live as SVG beside the panel. */
export function StandInBoardView({ standIn, locale }: { standIn: StandInBoard; locale: Locale }) {
  const t = createTranslator(previewMessages, locale);
  const picture = useStandInSvg(standIn);
  if (picture.itemCount === 0) return <p className="netverk-preview-empty">{t('previewBoardEmpty')}</p>;
  return (
    <img
      className="netverk-preview-svg"
      src={picture.url}
      alt={t('previewBoardAlt', { count: picture.itemCount })}
      data-item-count={picture.itemCount}
    />
  );
}
