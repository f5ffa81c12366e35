/**
 * The address of a shared program: the sync server's WebSocket URL and the id of the program's
 * root document, as one string a planner can paste into Join… ("ws://192.168.1.20:4711/programs/
 * 4NMNnkMhL8jXrkKItk3kHKQd7e8V"). A wss:// server is the one to use across the internet.
 */

export interface ProgramAddress {
  /** "ws://host:port" or "wss://host[:port]", without a path. */
  server: string;
  /** The root document's id (base58, as automerge-repo writes document ids). */
  rootId: string;
}

const ROOT_ID = /^[1-9A-HJ-NP-Za-km-z]{20,60}$/;
/** scheme://host[:port][/path]: no credentials, query or fragment (src/shared has no URL class). */
const URL_SHAPE = /^([a-z]+):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(\/[^?#\s]*)?$/;
const SCHEMES: Readonly<Record<string, string>> = { ws: 'ws', wss: 'wss', http: 'ws', https: 'wss' };

function split(text: string): { scheme: string; host: string; path: string } | null {
  const match = URL_SHAPE.exec(text.trim());
  if (!match) return null;
  const [, scheme = '', hostname = '', port, path = ''] = match;
  if (port !== undefined && Number(port) > 65535) return null;
  return { scheme: scheme.toLowerCase(), host: `${hostname.toLowerCase()}${port ? `:${port}` : ''}`, path };
}

/** Parses an address; null with no exception for anything that is not one. */
export function parseAddress(text: string): ProgramAddress | null {
  const parts = split(text);
  if (!parts || (parts.scheme !== 'ws' && parts.scheme !== 'wss')) return null;
  const match = /^\/programs\/([^/]+)$/.exec(parts.path);
  if (!match || !ROOT_ID.test(match[1]!)) return null;
  return { server: `${parts.scheme}://${parts.host}`, rootId: match[1]! };
}

/** The address of the program `rootId` on `server`. */
export function formatAddress(address: ProgramAddress): string {
  const server = normalizeServer(address.server);
  if (!server) throw new Error(`not a sync server address: ${address.server}`);
  return `${server}/programs/${address.rootId}`;
}

/**
 * A server URL as the sync layer keys it: "ws://host:port" with no path or trailing slash. Accepts
 * http(s):// too (what people paste) and maps it to ws(s)://. Null for anything else.
 */
export function normalizeServer(text: string): string | null {
  const parts = split(text);
  const scheme = parts ? SCHEMES[parts.scheme] : undefined;
  if (!parts || !scheme || (parts.path !== '' && parts.path !== '/')) return null;
  return `${scheme}://${parts.host}`;
}
