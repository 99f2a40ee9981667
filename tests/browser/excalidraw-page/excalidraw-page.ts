import {
  convertToExcalidrawElements,
  Excalidraw,
  loadFromBlob,
  restoreElements,
  serializeAsJSON,
} from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The real Excalidraw component on a page of its own, for tests/browser/excalidraw.test.ts: open a
 * file as Excalidraw's Open does, add notes through its API, serialize the scene back. Test-only.
 */
type Api = Parameters<NonNullable<Parameters<typeof Excalidraw>[0]['excalidrawAPI']>>[0];
type Note = { text: string; x: number; y: number };

let resolveApi: (api: Api) => void = () => {};
const apiReady = new Promise<Api>((resolve) => {
  resolveApi = resolve;
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(createElement(Excalidraw, { excalidrawAPI: (api: Api) => resolveApi(api) }));

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Pixels of the static canvas that are not the white background. */
function inkPixels(): number {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas.excalidraw__canvas.static');
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4)
    if ((data[i] ?? 255) < 250 || (data[i + 1] ?? 255) < 250 || (data[i + 2] ?? 255) < 250) ink += 1;
  return ink;
}

const page = {
  /** Opens a file's text as Excalidraw's own Open does (restore, then replace the scene). */
  async open(text: string) {
    const api = await apiReady;
    const scene = await loadFromBlob(new Blob([text], { type: 'application/json' }), null, null);
    api.updateScene({ elements: scene.elements, appState: { viewBackgroundColor: '#ffffff' } });
    api.scrollToContent(undefined, { fitToContent: true });
    // The fonts the scene uses: Excalidraw registers them; the test serves them locally.
    await document.fonts.load('20px "Liberation Sans"');
    await frames();
    return {
      elements: api.getSceneElementsIncludingDeleted(),
      liberationLoaded: document.fonts.check('20px "Liberation Sans"'),
      ink: inkPixels(),
    };
  },
  /** The scene re-measured with the loaded font, as Excalidraw does when text or a container changes. */
  async refreshed() {
    const api = await apiReady;
    return restoreElements(api.getSceneElementsIncludingDeleted(), null, {
      refreshDimensions: true,
      repairBindings: true,
    });
  },
  /** Participants' notes: rectangles with a label, added through Excalidraw's own API. */
  async addNotes(notes: Note[]) {
    const api = await apiReady;
    const added = convertToExcalidrawElements(
      notes.map((note) => ({
        type: 'rectangle' as const,
        x: note.x - 100,
        y: note.y - 60,
        width: 200,
        height: 120,
        backgroundColor: '#ffec99',
        label: { text: note.text },
      })),
    );
    api.updateScene({ elements: [...api.getSceneElementsIncludingDeleted(), ...added] });
    await frames();
  },
  async serialize() {
    const api = await apiReady;
    return serializeAsJSON(
      api.getSceneElementsIncludingDeleted(),
      api.getAppState(),
      api.getFiles(),
      'local',
    );
  },
};

Object.assign(window, { excalidrawPage: page });
export type ExcalidrawPage = typeof page;
