/**
 * Elements as a participant adds them in Excalidraw (a rectangle with bound text, free text, a dot),
 * with what Excalidraw 0.18 saves. Test-only.
 */
export function participantNote(
  id: string,
  text: string,
  at: { x: number; y: number },
  type: 'rectangle' | 'ellipse' | 'diamond' = 'rectangle',
): Record<string, unknown>[] {
  const container = {
    ...common(id, type, at.x, at.y, 160, 120),
    backgroundColor: '#ffec99',
    boundElements: [{ type: 'text', id: `${id}-t` }],
  };
  const label = {
    ...common(`${id}-t`, 'text', at.x + 10, at.y + 40, 140, 25),
    text,
    originalText: text,
    fontSize: 20,
    fontFamily: 5,
    textAlign: 'center',
    verticalAlign: 'middle',
    containerId: id,
    autoResize: true,
    lineHeight: 1.25,
  };
  return [container, label];
}

export function participantText(
  id: string,
  text: string,
  at: { x: number; y: number },
): Record<string, unknown> {
  return {
    ...common(id, 'text', at.x, at.y, 120, 25),
    text,
    originalText: text,
    fontSize: 20,
    fontFamily: 5,
    textAlign: 'left',
    verticalAlign: 'top',
    containerId: null,
    autoResize: true,
    lineHeight: 1.25,
  };
}

export function participantDot(id: string, at: { x: number; y: number }, size = 30): Record<string, unknown> {
  return { ...common(id, 'ellipse', at.x, at.y, size, size), backgroundColor: '#e03131' };
}

function common(id: string, type: string, x: number, y: number, width: number, height: number) {
  return {
    id,
    type,
    x,
    y,
    width,
    height,
    angle: 0,
    strokeColor: '#1e1e1e',
    backgroundColor: 'transparent',
    fillStyle: 'solid',
    strokeWidth: 2,
    strokeStyle: 'solid',
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    index: null,
    roundness: null,
    seed: 7,
    version: 3,
    versionNonce: 9,
    isDeleted: false,
    boundElements: null,
    updated: 1,
    link: null,
    locked: false,
  };
}
