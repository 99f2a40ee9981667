import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UiLookProvider } from '../../../shared/ui/index.ts';
import { pagesLook } from './pages-look.ts';
import { PopupApp } from './popup-app.tsx';
import './pages.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <UiLookProvider look={pagesLook}>
        <PopupApp />
      </UiLookProvider>
    </StrictMode>,
  );
