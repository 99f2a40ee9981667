import type { Box } from '../board/stand-in/index.ts';

/**
 * How the preview looks at the board: board units × `scale` = screen pixels; `x`, `y` are where the
 * board's origin lies on screen. Absolute, not relative to the picture's bounds: a board that grows (a
 * note, another board) never moves what the person is looking at, nor the zones under their pointer.
 */
export interface Camera {
  scale: number;
  x: number;
  y: number;
}

export const cameraLimits = { minScale: 0.02, maxScale: 4, step: 1.25, panPx: 80 } as const;

const clampScale = (scale: number) => Math.min(cameraLimits.maxScale, Math.max(cameraLimits.minScale, scale));

/** Zooms by `factor`, keeping the screen point `at` over the same spot of the board. */
export function zoomAt(camera: Camera, factor: number, at: { x: number; y: number }): Camera {
  const scale = clampScale(camera.scale * factor);
  const ratio = scale / camera.scale;
  return { scale, x: at.x - (at.x - camera.x) * ratio, y: at.y - (at.y - camera.y) * ratio };
}

export function pan(camera: Camera, dx: number, dy: number): Camera {
  return { ...camera, x: camera.x + dx, y: camera.y + dy };
}

/** The camera that shows all of `bounds` centred in a view of this size, with a small margin. */
export function fitCamera(bounds: Box, view: { width: number; height: number }): Camera {
  const scale = clampScale(Math.min(view.width / bounds.width, view.height / bounds.height) * 0.95);
  return {
    scale,
    x: (view.width - bounds.width * scale) / 2 - bounds.left * scale,
    y: (view.height - bounds.height * scale) / 2 - bounds.top * scale,
  };
}

/** Where a board box lies on screen under the camera. */
export function screenBox(box: Box, camera: Camera): Box {
  return {
    left: camera.x + box.left * camera.scale,
    top: camera.y + box.top * camera.scale,
    width: box.width * camera.scale,
    height: box.height * camera.scale,
  };
}

/** The camera moved just enough that `box` (on screen) is inside the view; unchanged when it already is. */
export function reveal(camera: Camera, box: Box, view: { width: number; height: number }): Camera {
  const inside =
    box.left >= 0 &&
    box.top >= 0 &&
    box.left + box.width <= view.width &&
    box.top + box.height <= view.height;
  if (inside) return camera;
  return pan(
    camera,
    view.width / 2 - (box.left + box.width / 2),
    view.height / 2 - (box.top + box.height / 2),
  );
}
