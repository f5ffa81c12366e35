// Electron >= 42 no longer downloads its binary in a postinstall of its own, so the app's set-up
// does it. Where the internet is out of reach (CI sandboxes, air-gapped machines) the install must
// still succeed: everything but launching the real app works without the binary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let electronDir;
try {
  electronDir = dirname(require.resolve('electron/package.json'));
} catch {
  process.exit(0); // production install without dev dependencies: nothing to fetch
}
const pathFile = join(electronDir, 'path.txt');
if (existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))) {
  process.exit(0);
}
const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 5 * 60 * 1000,
});
if (result.status !== 0) {
  console.log(
    'ivlp-planner: the Electron binary could not be downloaded (no internet?); tests and the ivlp command work, `npm start` needs it: run `npx install-electron` when online.',
  );
}
