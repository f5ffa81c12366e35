/**
 * The one allowlist for links handed to the operating system (shell.openExternal): used by the
 * openExternal IPC handler, the window-open handler and the shell's opener itself.
 */
import { hasControlCharacters } from './text';

/** Longest URL handed to the operating system; real links are far shorter. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalized form of a link the system browser or mail client may open, or null. Only https:
 * and mailto: pass: http: would leak over plain text, file: and custom schemes launch local
 * programs (the classic shell.openExternal exploit), javascript:/data: are script.
 */
export function externalUrlOrNull(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // The WHATWG parser silently strips control characters and whitespace; a link that needed
  // stripping was crafted, not typed.
  if (hasControlCharacters(url) || url.includes(' ')) return null;
  const parsed = parse(url);
  if (!parsed) return null;
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol === 'https:') {
    return parsed.hostname ? parsed.href : null;
  }
  if (parsed.protocol === 'mailto:') {
    // mailto:someone@example.org?subject=... ; an address is required.
    return /^[^@/?#]+@[^@/?#]+/.test(parsed.pathname) ? parsed.href : null;
  }
  return null;
}

/** Whether `url` may be handed to shell.openExternal. */
export function isAllowedExternalUrl(url: string): boolean {
  return externalUrlOrNull(url) !== null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
