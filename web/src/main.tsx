import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shared stylesheet first: each feature's own, imported by the feature, comes after it and builds on it.
import './styles.css';
import { App } from './App';
import { ChosenLanguage } from './i18n/LanguageChoice';
import { adoptKeyFromLocation } from './identity';

// Before anything renders: a personal link's key moves into storage and out of the address bar.
adoptKeyFromLocation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ChosenLanguage>
      <App />
    </ChosenLanguage>
  </StrictMode>,
);
