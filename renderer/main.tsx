import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// First: the catalogs and the language must be ready before anything formats or renders.
import './i18n/i18n';
import './ui/theme.css';
import './ui/base.css';
import './ui/ui.css';
import './app.css';
import { App } from './App';
import { applyTheme, rememberedTheme } from './ui/theme';

// Before the first paint: the last theme chosen here; the session's own follows when it loads.
applyTheme(rememberedTheme());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
