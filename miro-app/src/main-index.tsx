import 'mirotone/dist/styles.css';
import './app-fonts.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './preview/preview.css';
import { findMiro } from './panel/find-miro.ts';
import { NotInMiro } from './preview/not-in-miro.tsx';

// index.html: Miro loads it hidden; the toolbar icon opens the panel. A person who opens it
// directly (not inside Miro) gets a short note and a link to the local preview instead.
const miro = findMiro();
if (miro) {
  void miro.board.ui.on('icon:click', async () => {
    await miro.board.ui.openPanel({ url: 'app.html' });
  });
} else {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <NotInMiro />
    </StrictMode>,
  );
}
