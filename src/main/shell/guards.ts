/**
 * The locks on every web contents and on the session: no new windows, no navigation away from the
 * app, no <webview>, no permissions, no requests beyond our own files.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../security/external-url';
import { logLine } from '../security/log-safe';
import { isAllowedNavigation, isAllowedRequest, permissionDecision } from '../security/navigation';
import type { ExternalOpener } from '../services';

export interface GuardPolicy {
  /** "app://ivlp", or the Vite dev server's origin in development. */
  appOrigin: string;
  /** Set in development only: the dev server may also be reached over its hot-reload websocket. */
  devServerOrigin: string | null;
  opener: ExternalOpener;
}

/** Applied from app 'web-contents-created', so it covers every window, DevTools and any future one. */
export function guardWebContents(contents: WebContents, policy: GuardPolicy): void {
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank to an allowlisted address goes to the system browser; nothing
    // ever opens inside the app.
    if (isAllowedExternalUrl(url)) {
      policy.opener.open(url).catch((error: unknown) => console.error(logLine('[shell] could not open an external link', error)));
    }
    return { action: 'deny' };
  });
  const blockForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, policy.appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  // Subframes too (the CSP's frame-src 'none' should already stop them from existing).
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request and check, and cancels requests the app has no business making. */
export function hardenSession(session: Session, policy: GuardPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  session.setPermissionCheckHandler(() => permissionDecision());
  session.setDevicePermissionHandler(() => permissionDecision());
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy.appOrigin, policy.devServerOrigin) });
  });
}
