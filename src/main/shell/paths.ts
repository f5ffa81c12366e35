/** AppPaths and Identity for Electron. */
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import type { AppPaths, Identity } from '../services';

const SAMPLE_FILE = 'tmssw-2024.ivlp.json';
const SAMPLE_DIRECTORY = 'meridian-directory.ivlp-directory.json';

/**
 * Where the app keeps its data and finds the sample. Unpackaged runs (development, the Electron
 * end-to-end tests) may redirect the data and documents folders with IVLP_USER_DATA_DIR /
 * IVLP_DOCUMENTS_DIR so each test gets its own; packaged builds ignore both.
 */
export function appPaths(): AppPaths {
  const userData = override('IVLP_USER_DATA_DIR');
  // Before 'ready', so the single-instance lock and Chromium's own files use the same folder.
  if (userData) app.setPath('userData', userData);
  // Packaged: electron-builder's extraResources copies resources/samples beside app.asar.
  const samples = app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples');
  return {
    userData: app.getPath('userData'),
    documents: override('IVLP_DOCUMENTS_DIR') ?? app.getPath('documents'),
    sampleProgram: join(samples, SAMPLE_FILE),
    sampleDirectory: join(samples, SAMPLE_DIRECTORY),
  };
}

/** Who holds a lock, as other planners will see it. */
export function currentIdentity(): Identity {
  let user = process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep the environment's name.
  }
  return { user, host: hostname(), pid: process.pid };
}

/** A development/test-only folder override from the environment. */
function override(name: string): string | null {
  return app.isPackaged ? null : process.env[name] || null;
}
