/**
 * The renderer's Content-Security-Policy, sent as a response header by the app:// protocol handler
 * (frame-ancestors only works in a header, not in a <meta> tag).
 */

/** Each directive and its sources, in the order they appear in the header. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  // No 'unsafe-inline' and no 'unsafe-eval': injected markup cannot run script. The renderer sets
  // zod to jitless mode so it never probes `new Function`.
  'script-src': ["'self'"],
  // 'unsafe-inline' for styles only: FullCalendar v7 positions every event with inline style
  // attributes and React's `style` prop writes them too. Styles cannot run code; the injection
  // risk (CSS-based exfiltration) is closed by connect-src/img-src/font-src allowing only 'self'.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** The header value: `directive source ...; directive source ...`. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
