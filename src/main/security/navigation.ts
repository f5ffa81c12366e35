/**
 * Where the app's windows may go and what they may load. One place decides, so the will-navigate
 * guard, the IPC sender check and the request filter agree on what "our origin" means.
 */
import { originOf } from './sender-policy';

/** True only for a URL at the app's own origin (e.g. "app://ivlp"): everything else is blocked. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  return originOf(parsed.href) === appOrigin;
}

/**
 * Whether the renderer's session may load `url` at all (a second net behind the CSP): our origin,
 * inline data:/blob: content, DevTools, and in development the Vite dev server (http and its
 * websocket for hot reload). Everything else, file: and the internet included, is cancelled.
 */
export function isAllowedRequest(url: string, appOrigin: string, devServerOrigin: string | null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  const origin = originOf(parsed.href);
  if (origin === appOrigin) return true;
  if (devServerOrigin !== null) {
    const dev = parse(devServerOrigin);
    if (dev && (origin === devServerOrigin || origin === `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`)) {
      return true;
    }
  }
  return false;
}

/** The answer to every permission request and check (camera, notifications, clipboard-read, ...): no. */
export function permissionDecision(): false {
  return false;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
