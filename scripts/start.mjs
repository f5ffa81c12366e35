// `npm start`: run the built app. Kept as a script (not `electron-vite preview`) so a missing
// Electron binary produces one clear sentence instead of a stack trace from electron's index.js.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = process.env.ELECTRON_EXEC_PATH
  ?? (existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8')) : null);
if (!binary || !existsSync(binary)) {
  console.error('The Electron binary is not installed. Run `npx install-electron` (needs internet), then `npm start` again.');
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
