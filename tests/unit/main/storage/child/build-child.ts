/**
 * Bundles storage-child.ts (and everything it imports: storage, domain, zod, lowdb) into one ES
 * module that plain `node` runs. Node 20 has no TypeScript loader and the repo has no vite-node, so
 * this uses Vite's own build, already a devDependency, rather than adding a tool.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds the child into `outDir` and returns the path of the .mjs to run with `node`. */
export async function buildStorageChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: here,
    build: {
      ssr: join(here, 'storage-child.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'storage-child.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  return join(outDir, 'storage-child.mjs');
}
