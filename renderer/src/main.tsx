import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { App } from './App.tsx';
import { initI18n } from './i18n/index.ts';
import { api } from './transport.ts';
import './styles.css';

// AG Grid 33+ needs its modules registered, or editing and filtering fail with error #200.
ModuleRegistry.registerModules([AllCommunityModule]);

const settings = await api.settingsGet({});
await initI18n(settings.ok ? settings.value.language : 'fr');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
