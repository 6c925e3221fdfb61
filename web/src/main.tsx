import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { VocabularyProvider } from './state/options';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VocabularyProvider>
      <App />
    </VocabularyProvider>
  </StrictMode>,
);
