// Must stay the first import: zod reads its config when the shared schemas are built.
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './app/App';
import { useHistoryShortcuts } from './state/keyboard';
import { AppStore } from './state/store';
import { StoreProvider } from './state/store-context';
import type { Api } from './api';
import './styles/app.css';

function Root({ store, api }: { store: AppStore; api: Api }) {
  useHistoryShortcuts(store, api);
  return <App />;
}

const root = createRoot(document.getElementById('root') as HTMLElement);
const api = getApi();
if (!api) {
  root.render(
    <main className="empty-state" role="alert">
      <h1>IVLP Planner cannot start</h1>
      <p>This page must be opened by the IVLP Planner app.</p>
    </main>,
  );
} else {
  const store = new AppStore(api);
  store.start();
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <Root store={store} api={api} />
      </StoreProvider>
    </StrictMode>,
  );
}
