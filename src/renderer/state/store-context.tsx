/** React access to the store: one context for the instance, selectors for the state. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppStore } from './store';
import type { AppState } from './store-types';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  return store;
}

/**
 * Subscribes to one slice of the state. The selector must return something already in the state
 * (or a primitive): a fresh object each time would re-render on every store change.
 */
export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
