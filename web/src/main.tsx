import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptKeyFromLocation } from './identity';
import './styles.css';

// Before anything renders: a personal link's key moves into storage and out of the address bar.
adoptKeyFromLocation();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
