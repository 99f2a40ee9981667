import { useEffect, useState } from 'react';
import { renderStandInSvg, type StandInBoard } from '../board/stand-in/index.ts';

export interface StandInPicture {
  /** The board drawn as an SVG data URL for an <img>: item text never becomes live markup. */
  url: string;
  itemCount: number;
}

function draw(standIn: StandInBoard): StandInPicture {
  const svg = renderStandInSvg(standIn);
  return {
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    itemCount: standIn.inspect.items().length,
  };
}

/** The stand-in's picture, redrawn after its changes (at most once per animation frame). */
export function useStandInSvg(standIn: StandInBoard): StandInPicture {
  const [picture, setPicture] = useState(() => draw(standIn));
  useEffect(() => {
    let frame = 0;
    const unsubscribe = standIn.inspect.onChange(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setPicture(draw(standIn));
      });
    });
    setPicture(draw(standIn));
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [standIn]);
  return picture;
}
