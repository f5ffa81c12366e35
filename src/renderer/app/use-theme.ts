/**
 * Light or dark: the planner's setting, or the operating system's (prefers-color-scheme, which
 * Electron passes through from the OS and follows live). Set as data-color-scheme on <html>, where
 * the app's colors and FullCalendar's theme both read it.
 */
import { useEffect } from 'react';
import { useAppState } from '../state/store-context';

const DARK = '(prefers-color-scheme: dark)';

export function useTheme(): void {
  const theme = useAppState((s) => s.settings.theme);
  useEffect(() => {
    const root = document.documentElement;
    const media = typeof matchMedia === 'function' ? matchMedia(DARK) : null;
    const apply = () => {
      root.dataset.colorScheme = theme === 'system' ? (media?.matches ? 'dark' : 'light') : theme;
    };
    apply();
    if (theme !== 'system' || !media) return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
