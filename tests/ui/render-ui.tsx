import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React warns unless it knows updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A mounted component in happy-dom's document, and ways to drive it the way a user would. */
export interface Rendered {
  container: HTMLElement;
  rerender(node: ReactNode): void;
  unmount(): void;
}

const mounted: Rendered[] = [];

export function renderUi(node: ReactNode): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  act(() => root.render(node));
  const rendered = {
    container,
    rerender: (next: ReactNode) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
  mounted.push(rendered);
  return rendered;
}

/** Unmounts everything rendered so far (call in afterEach). */
export function cleanupUi(): void {
  for (const rendered of mounted.splice(0)) rendered.unmount();
  document.body.replaceChildren();
}

export function press(target: Element, key: string): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export function click(target: Element): void {
  act(() => {
    (target as HTMLElement).click();
  });
}

/** The one element matching `selector`, or a failed test naming it. */
export function one<E extends Element = HTMLElement>(scope: ParentNode, selector: string): E {
  const found = scope.querySelectorAll<E>(selector);
  if (found.length !== 1) throw new Error(`${selector}: ${found.length} elements instead of 1`);
  return found[0] as E;
}
