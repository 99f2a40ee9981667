// The panel's font, served by the app itself (SIL Open Font License): no request to a font service.
// Latin covers æ, ø, å, ä and ö; the weights are those the panel and mirotone use.
import '@fontsource/open-sans/latin-400.css';
import '@fontsource/open-sans/latin-600.css';
import '@fontsource/open-sans/latin-700.css';
import '@fontsource/open-sans/latin-400-italic.css';
