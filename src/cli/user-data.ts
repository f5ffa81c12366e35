/**
 * The app's data folder as the command line finds it: the same folder the installed app uses
 * (Electron's userData for "IVLP Planner"), so `ivlp sync` and the app share one replica and one
 * set of invitation tokens. IVLP_USER_DATA_DIR overrides it, as it does for the app in development.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cliUserData(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  if (env['IVLP_USER_DATA_DIR']) return env['IVLP_USER_DATA_DIR'];
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'IVLP Planner');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'IVLP Planner');
  return join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'IVLP Planner');
}
