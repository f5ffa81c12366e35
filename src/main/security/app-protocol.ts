/**
 * The app:// scheme that serves the built renderer. A privileged standard scheme instead of
 * file:// gives the renderer a real origin ("app://ivlp") for the CSP and the IPC sender check,
 * and keeps file:// (and with it the rest of the disk) out of the renderer's reach.
 */
import { extname, isAbsolute, resolve, sep } from 'node:path';
import { hasControlCharacters } from './text';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ivlp';
/** The renderer's origin in packaged and preview builds. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page a window loads when not running against the Vite dev server. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges passed to protocol.registerSchemesAsPrivileged: standard (relative URLs, an origin,
 * web storage), secure (treated like https, so no mixed-content downgrade) and fetch support for
 * the renderer's own assets. No bypassCSP, no service workers, no CORS, no streaming needed.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
});

/** Longest request URL served; the built renderer's file names are short. */
const MAX_REQUEST_URL_LENGTH = 2048;

/** Content types by extension. Anything else is refused rather than sniffed. */
const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
});

/** A file to serve and how to label it. */
export interface AppAsset {
  path: string;
  contentType: string;
}

/**
 * Maps `app://ivlp/<path>` to a file inside `rendererRoot` (an absolute folder, out/renderer), or
 * null. Refuses other schemes and hosts, `..` and `.` segments in any encoding, backslashes,
 * drive letters, NUL, dotfiles, doubled slashes, and unknown file types; "/" serves index.html.
 */
export function resolveAppAsset(rendererRoot: string, requestUrl: string): AppAsset | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_REQUEST_URL_LENGTH) return null;
  // The WHATWG parser already folds "/../" and "/%2e%2e/" away; look at the raw text too, so a
  // request that tried is refused instead of quietly served something else.
  if (/(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(requestUrl.replace(/^[a-z]+:\/\/[^/]*/i, ''))) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  if (!pathname.startsWith('/') || pathname.startsWith('//')) return null;

  const segments = pathname.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null;
    // Dotfiles, Windows separators and drive letters, NUL and leftover escapes (double encoding).
    if (segment.startsWith('.') || /[\\:%]/.test(segment) || hasControlCharacters(segment)) return null;
  }

  const root = resolve(rendererRoot);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root + sep) || !isAbsolute(path)) return null;

  const extension = extname(path).toLowerCase();
  if (!Object.hasOwn(CONTENT_TYPES, extension)) return null;
  return { path, contentType: CONTENT_TYPES[extension] as string };
}
