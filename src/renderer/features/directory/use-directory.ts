/**
 * The organization directory as the renderer sees it: read from main once, again whenever any
 * window saved it (onDirectoryChanged), and after this window opened, created or saved it. One
 * copy per window, shared by every component through useDirectory.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { DirectoryState } from '../../../shared/ipc/contract';
import { getApi } from '../../api';

let current: DirectoryState | null = null;
/** Bumped on every change main announces, so offers are asked again even when the entries look the same. */
let version = 0;
let started = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Reads the directory from main again. */
export async function refreshDirectory(): Promise<void> {
  const result = await getApi()?.getDirectory();
  if (result?.ok) {
    current = result.value;
    version++;
    emit();
  }
}

/** Takes a state main answered with (after open, create or save). */
export function setDirectoryState(state: DirectoryState): void {
  current = state;
  version++;
  emit();
}

function start(): void {
  if (started) return;
  started = true;
  getApi()?.onDirectoryChanged(() => void refreshDirectory());
  void refreshDirectory();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The directory state (null until main answered). */
export function useDirectory(): DirectoryState | null {
  useEffect(start, []);
  return useSyncExternalStore(subscribe, () => current);
}

/** A number that changes with every directory change main announced. */
export function useDirectoryVersion(): number {
  useEffect(start, []);
  return useSyncExternalStore(subscribe, () => version);
}
