import { useEffect, useState } from 'react';
import { type Box, renderStandInSvg, type StandInBoard, standInBounds } from '../board/stand-in/index.ts';
import { type PreviewZone, previewZones } from './preview-zones.ts';

export interface StandInPicture {
  /** The board drawn as an SVG data URL for an <img>: item text never becomes live markup. */
  url: string;
  itemCount: number;
  /** The board area the picture shows, board units. */
  bounds: Box;
  /** Where notes can be added. */
  zones: PreviewZone[];
  /** The area the app last asked Miro to show (`viewport.zoomTo`), and the items it showed. */
  viewport: Box;
  focus: Box[];
}

function draw(standIn: StandInBoard): StandInPicture {
  const svg = renderStandInSvg(standIn);
  return {
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    itemCount: standIn.inspect.items().length,
    bounds: standInBounds(standIn),
    zones: previewZones(standIn),
    viewport: (({ x, y, width, height }) => ({ left: x, top: y, width, height }))(standIn.inspect.viewport()),
    focus: standIn.inspect.zoomedTo().map((id) => standIn.inspect.absoluteBox(id)),
  };
}

/** The previous bounds object when the numbers are the same: the camera refits only when they change. */
function keepBounds(previous: StandInPicture, next: StandInPicture): StandInPicture {
  const [a, b] = [previous.bounds, next.bounds];
  const same = a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
  return same ? { ...next, bounds: a } : next;
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
        setPicture((previous) => keepBounds(previous, draw(standIn)));
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
