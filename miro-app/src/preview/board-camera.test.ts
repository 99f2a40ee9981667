import { describe, expect, it } from 'vitest';
import { cameraLimits, fitCamera, pan, reveal, screenBox, zoomAt } from './board-camera.ts';

describe('the preview camera', () => {
  it('zooms around a screen point, which stays over the same board spot', () => {
    const camera = { scale: 0.5, x: 10, y: 20 };
    const spot = { left: 300, top: 200, width: 0, height: 0 };
    const before = screenBox(spot, camera);
    const after = screenBox(spot, zoomAt(camera, 2, { x: before.left, y: before.top }));
    expect(after.left).toBeCloseTo(before.left);
    expect(after.top).toBeCloseTo(before.top);
  });

  it('keeps the scale within its limits', () => {
    expect(zoomAt({ scale: 3, x: 0, y: 0 }, 10, { x: 0, y: 0 }).scale).toBe(cameraLimits.maxScale);
    expect(zoomAt({ scale: 0.03, x: 0, y: 0 }, 0.1, { x: 0, y: 0 }).scale).toBe(cameraLimits.minScale);
  });

  it('fits the whole board, centred', () => {
    const camera = fitCamera({ left: 0, top: 0, width: 2000, height: 1000 }, { width: 1000, height: 800 });
    expect(camera.scale).toBeCloseTo(0.475);
    const shown = screenBox({ left: 0, top: 0, width: 2000, height: 1000 }, camera);
    expect(shown.left + shown.width / 2).toBeCloseTo(500);
    expect(shown.top + shown.height / 2).toBeCloseTo(400);
  });

  it('pans, and reveals a box that lies outside the view', () => {
    expect(pan({ scale: 1, x: 0, y: 0 }, 5, -5)).toEqual({ scale: 1, x: 5, y: -5 });
    const view = { width: 400, height: 300 };
    const camera = { scale: 1, x: 0, y: 0 };
    expect(reveal(camera, { left: 10, top: 10, width: 50, height: 50 }, view)).toBe(camera);
    expect(reveal(camera, { left: 900, top: 10, width: 100, height: 100 }, view)).toEqual({
      scale: 1,
      x: -750,
      y: 90,
    });
  });
});

describe('following Miro’s zoomTo', () => {
  it('shows a part of the board centred, wherever the board begins', () => {
    const target = { left: 1500, top: -300, width: 1000, height: 500 };
    const camera = fitCamera(target, { width: 1000, height: 800 });
    const box = screenBox(target, camera);
    expect(box.width).toBeCloseTo(950);
    expect(box.left + box.width / 2).toBeCloseTo(500);
    expect(box.top + box.height / 2).toBeCloseTo(400);
  });
});
