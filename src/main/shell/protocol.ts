/**
 * Serves the built renderer over app://ivlp/ with the CSP and hardening headers. Every path goes
 * through resolveAppAsset, which refuses anything outside out/renderer.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppAsset } from '../security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  // The files only change with a new app version; never serve a stale bundle after an update.
  'Cache-Control': 'no-cache',
});

/** Declares app:// privileged. Electron only accepts this before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Answers app:// requests from `rendererRoot` (out/renderer, inside app.asar when packaged). */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' } });
    }
    const asset = resolveAppAsset(rendererRoot, request.url);
    if (!asset) return notFound();
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(asset.path));
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': asset.contentType, 'Content-Length': String(body.byteLength) },
    });
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
