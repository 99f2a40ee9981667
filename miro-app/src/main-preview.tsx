import 'mirotone/dist/styles.css';
import './app-fonts.ts';
import './panel/panel.css';
import './preview/preview.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPreviewBoard, readPreviewSettings } from './preview/create-preview-board.ts';
import { PreviewApp } from './preview/preview-app.tsx';

// preview.html: Netverk without a Miro account, on an in-memory stand-in board.
const settings = readPreviewSettings(window.location.search);
const standIn = createPreviewBoard(window.location.search);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PreviewApp standIn={standIn} settings={settings} />
  </StrictMode>,
);
