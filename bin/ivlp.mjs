#!/usr/bin/env node
// The `ivlp` command: a shim over the built command line (src/cli, bundled to out/main/cli.js by
// `npm run build`), so it runs the very loader and storage code the app runs.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error('ivlp: run `npm run build` first');
  process.exit(2);
}
// V8 keeps the compiled code of the modules below on disk (in the OS temp folder) and reuses it
// on the next run: compiling zod, Temporal and our chunks was about a tenth of a `check`'s time.
// Node 22.1+ (npx runs the pinned 24); a Node 20 that starts this file directly goes without.
module.enableCompileCache?.();
// React (bundled into the print templates) picks its production build only when told to.
process.env.NODE_ENV ??= 'production';
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
