import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    // The print templates render with react-dom/server inside main: without this, React's
    // development build (slower, with dev-only warnings) is what the app would print with.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      // electron-vite bundles devDependencies and leaves `dependencies` to node_modules. zod and
      // temporal-polyfill are devDependencies so that they are bundled (as react is): resolving and
      // compiling their ~150 files at run time cost `ivlp check` more than its own work.
      rolldownOptions: {
        // The command line is built beside the main process so it runs the very same loader and
        // handlers under plain Node. It must never import electron (see scripts/check-boundaries.mjs).
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/cli/index.ts'),
        },
        // The command line prints PDFs with playwright-core, which cannot be bundled (it resolves
        // its own files at run time); it is loaded from node_modules, and only by the command line.
        external: ['playwright-core', /^@automerge\//, 'ws'],
      },
    },
  },
  preload: {
    build: {
      // CommonJS so the window can keep `sandbox: true` (a sandboxed preload cannot be ESM).
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      // electron-vite leaves the renderer unminified by default; 1.5 MB of JS parses slower at start.
      // IVLP_UNMINIFIED=1 keeps names readable in CPU profiles.
      minify: process.env.IVLP_UNMINIFIED !== '1',
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
