// The Electron main entry that electron-vite builds. Only this file reaches the shell, so the
// command line (built beside it as cli.js) never pulls electron in.
import { startApp } from './shell/main';

startApp();
