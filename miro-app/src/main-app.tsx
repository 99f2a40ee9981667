import 'mirotone/dist/styles.css';
import './app-fonts.ts';
import './panel/panel.css';
import './preview/preview.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMiroBoardPort } from './board/index.ts';
import { findMiro } from './panel/find-miro.ts';
import { PanelRoot } from './panel/panel-root.tsx';
import { NotInMiro } from './preview/not-in-miro.tsx';

// app.html: the panel Miro opens on icon click. Opened outside Miro, it points to the local preview.
const miro = findMiro();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>{miro ? <PanelRoot board={createMiroBoardPort(miro.board)} /> : <NotInMiro />}</StrictMode>,
);
