import { createRoot } from 'react-dom/client';
import { TaskpaneApp } from './taskpane-app.tsx';
import './taskpane.css';

/** The task pane: Office.js is ready, then the pane renders around the same card as the extension's. */
void Office.onReady(() => {
  const element = document.getElementById('root');
  if (!element) return;
  createRoot(element).render(<TaskpaneApp office={Office.context} />);
});
