import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.tsx';
import { followChanges } from './data/changeFollower.ts';
import { noteFetch, orderCallsWith } from './data/readsAfterWrites.ts';
import { createQueryClient } from './data/queryClient.ts';
import { queryKeys } from './data/queryKeys.ts';
import { unwrap } from './data/useApiQuery.ts';
import { registerGridModules } from './gridModules.ts';
import { initI18n } from './i18n/index.ts';
import { HashRouter } from './router.tsx';
import { api, bridge, pageCalls } from './transport.ts';
import './styles.css';

// AG Grid 33+ needs its modules registered, or editing and filtering fail with error #200.
registerGridModules();

const queryClient = createQueryClient();
orderCallsWith(pageCalls);
// The first screen's data (the header's session, the Dossiers list and its labels) is asked for now, alongside the
// settings that choose the language, rather than after the first render: the views find it in the cache.
for (const [queryKey, load] of [
  [queryKeys.session(), () => api.sessionInfo({})],
  [queryKeys.dossiers(), () => api.dossiersList({})],
  [queryKeys.referenceLabels(), () => api.referenceLabels({})],
] as const) {
  void queryClient.prefetchQuery({
    queryKey,
    queryFn: (context) => {
      noteFetch(context);
      return unwrap<unknown>(load());
    },
  });
}

const settings = await api.settingsGet({});
await initI18n(settings.ok ? settings.value.language : 'fr');

// For the page's whole life: every change the core announces marks the cached queries it concerns stale.
followChanges(queryClient, (listener) => bridge.onChange(listener), pageCalls?.page ?? null);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <App />
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>,
);
