import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { Box } from '../board/stand-in/index.ts';
import { type Camera, cameraLimits, fitCamera, pan, zoomAt } from './board-camera.ts';

export interface BoardCamera {
  camera: Camera;
  zoomIn(): void;
  zoomOut(): void;
  /** Shows the whole board and keeps doing so as it grows, until the person zooms or pans. */
  fit(): void;
  panBy(dx: number, dy: number): void;
  /** Replaces the camera (to reveal a focused zone); counts as the person moving it. */
  moveTo(camera: Camera): void;
  viewSize(): { width: number; height: number };
  /** True right after a drag, so the click that ends it does not add a note. */
  consumeDrag(): boolean;
}

const dragThresholdPx = 4;

/**
 * Zoom and pan of the preview's board: buttons and keys call the actions; the mouse wheel zooms at the
 * pointer and dragging pans. While the person has not moved it, the camera fits the whole board.
 */
export function useBoardCamera(view: RefObject<HTMLElement | null>, bounds: Box): BoardCamera {
  const [camera, setCamera] = useState<Camera>({ scale: 0.25, x: 0, y: 0 });
  const following = useRef(true);
  const dragged = useRef(false);
  const viewSize = useCallback(() => {
    const element = view.current;
    return { width: element?.clientWidth || 800, height: element?.clientHeight || 600 };
  }, [view]);
  const change = useCallback((next: (current: Camera) => Camera) => {
    following.current = false;
    setCamera(next);
  }, []);
  const fit = useCallback(() => {
    following.current = true;
    setCamera(fitCamera(bounds, viewSize()));
  }, [bounds, viewSize]);

  // Follow the board while it grows (generation), and the view while it resizes.
  useEffect(() => {
    if (following.current) setCamera(fitCamera(bounds, viewSize()));
    const element = view.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (following.current) setCamera(fitCamera(bounds, viewSize()));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [bounds, view, viewSize]);

  // Wheel and drag: listeners of our own, since React's wheel listener cannot prevent scrolling.
  useEffect(() => {
    const element = view.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * 0.0015);
      change((c) => zoomAt(c, factor, { x: event.clientX - rect.left, y: event.clientY - rect.top }));
    };
    let start: { x: number; y: number; id: number } | null = null;
    let last = { x: 0, y: 0 };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY, id: event.pointerId };
      last = { x: event.clientX, y: event.clientY };
      dragged.current = false;
    };
    const onMove = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return;
      const far = Math.hypot(event.clientX - start.x, event.clientY - start.y) > dragThresholdPx;
      if (!dragged.current && !far) return;
      if (!dragged.current) element.setPointerCapture?.(event.pointerId);
      dragged.current = true;
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      last = { x: event.clientX, y: event.clientY };
      change((c) => pan(c, dx, dy));
    };
    const onUp = () => {
      start = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
    };
  }, [view, change]);

  const centre = () => {
    const size = viewSize();
    return { x: size.width / 2, y: size.height / 2 };
  };
  return {
    camera,
    zoomIn: () => change((c) => zoomAt(c, cameraLimits.step, centre())),
    zoomOut: () => change((c) => zoomAt(c, 1 / cameraLimits.step, centre())),
    fit,
    panBy: (dx, dy) => change((c) => pan(c, dx, dy)),
    moveTo: (next) => change(() => next),
    viewSize,
    consumeDrag: () => {
      const was = dragged.current;
      dragged.current = false;
      return was;
    },
  };
}
