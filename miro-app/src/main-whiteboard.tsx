import 'mirotone/dist/styles.css';
import './app-fonts.ts';
import './whiteboard/whiteboard.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WhiteboardApp } from './whiteboard/whiteboard-app.tsx';

// whiteboard.html: Netverk for teams without Miro, a static page (dist/whiteboard) with no board of its own.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <WhiteboardApp />
  </StrictMode>,
);
