import 'mirotone/dist/styles.css';
import './app-fonts.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './preview/preview.css';
import { NotInMiro } from './preview/not-in-miro.tsx';

/** index.html opened directly (not inside Miro): a short note and a link to the local preview. */
export function showNotInMiro(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <NotInMiro />
    </StrictMode>,
  );
}
