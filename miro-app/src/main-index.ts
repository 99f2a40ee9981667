import { findMiro } from './panel/find-miro.ts';

// index.html: Miro loads it hidden on every board, so it stays a few KB: it only registers the
// toolbar icon, which opens the panel (app.html, React). React, mirotone and the fonts load only when
// a person opens this page directly (not inside Miro), to show a note and a link to the local preview.
const miro = findMiro();
if (miro) {
  void miro.board.ui.on('icon:click', async () => {
    await miro.board.ui.openPanel({ url: 'app.html' });
  });
} else {
  void import('./show-not-in-miro.tsx').then(({ showNotInMiro }) =>
    showNotInMiro(document.getElementById('root') as HTMLElement),
  );
}
