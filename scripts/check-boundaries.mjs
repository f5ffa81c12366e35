// Keeps the architecture honest (see ARCHITECTURE.md). tsconfig.shared.json already stops DOM and
// node types in src/shared; this catches what types cannot: runtime imports across layers, and
// `electron` reaching code that tests and the command line load (importing it outside Electron
// starts a download and throws).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rules = [
  { dir: 'src/shared', forbid: [/^electron$/, /^react/, /^node:/, /^(fs|path|os|child_process|crypto)$/, /\/(main|renderer|preload|cli)\//], why: 'the domain stays pure' },
  { dir: 'src/renderer', forbid: [/^electron$/, /^node:/, /\/main\//, /\/preload\//], why: 'the renderer reaches main only through window.api' },
  { dir: 'src/cli', forbid: [/^electron$/, /\/shell\//], why: 'the command line runs under plain Node' },
  { dir: 'src/main', forbid: [/^electron$/], except: /^src\/main\/shell\//, why: 'only src/main/shell may import electron; the rest is tested under plain Node' },
  { dir: 'tests', forbid: [/^electron$/, /src\/main\/shell\//], except: /^tests\/electron\//, why: 'tests run under plain Node' },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) yield path;
  }
}

const importPattern = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
let failures = 0;
for (const rule of rules) {
  let base;
  try {
    base = statSync(join(root, rule.dir)) && join(root, rule.dir);
  } catch {
    continue;
  }
  for (const file of files(base)) {
    const rel = relative(root, file).split(sep).join('/');
    if (rule.except?.test(rel)) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (rule.forbid.some((re) => re.test(spec))) {
        console.error(`${rel}: imports "${spec}" (${rule.why})`);
        failures++;
      }
    }
  }
}
if (failures) process.exit(1);
