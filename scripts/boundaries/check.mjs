// Checks every import in src/, tests/, bench/ and scripts/ against the floors in rules.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { RULES, RUNTIMES } from './rules.mjs';

const ROOTS = ['src', 'tests', 'bench', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts|mjs|cjs|js)$/;
// Static and dynamic imports, re-exports, side-effect imports and require(): type-only imports count
// too (a type-only circle is still a circle).
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
const BUILTINS = new Set(builtinModules);
const KEYS = Object.keys(RULES).sort((a, b) => b.length - a.length);

function* walk(root, dir) {
  let names;
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) yield* walk(root, path);
    else if (SOURCE.test(name)) yield path;
  }
}

/** The rule key covering a repository path, or null. */
export function ruleKeyOf(path) {
  return KEYS.find((key) => (key.endsWith('/') ? path.startsWith(key) : path === key)) ?? null;
}

function packageName(spec) {
  if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) return 'node:*';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function runtimesOf(pkg) {
  return Object.entries(RUNTIMES)
    .filter(([, packages]) => packages.includes(pkg))
    .map(([runtime]) => runtime);
}

/** Every broken floor under `root`, as `{ file, spec, message }`. */
export function checkBoundaries(root) {
  const problems = [];
  for (const top of ROOTS) {
    for (const file of walk(root, top)) {
      const key = ruleKeyOf(file);
      if (!key) {
        problems.push({ file, spec: '', message: 'no layer rule covers this file; add its folder to scripts/boundaries/rules.mjs' });
        continue;
      }
      const rule = RULES[key];
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
        const problem = spec.startsWith('.') ? checkFile(file, key, rule, spec) : checkPackage(key, rule, spec);
        if (problem) problems.push({ file, spec, message: problem });
      }
    }
  }
  return problems;
}

function checkFile(file, key, rule, spec) {
  const target = posix.normalize(posix.join(posix.dirname(file), spec));
  if (target.startsWith('..') || target.startsWith('node_modules/')) return null;
  for (const forbidden of rule.forbid ?? []) {
    if (target.startsWith(forbidden)) return `${key} may not import ${forbidden} (${rule.why})`;
  }
  // An extensionless import names a file or a folder's index: try the file forms, then the folder.
  const targetKey = ruleKeyOf(target) ?? ruleKeyOf(`${target}.ts`) ?? ruleKeyOf(`${target}.tsx`) ?? ruleKeyOf(`${target}/`);
  if (!targetKey) return ROOTS.some((r) => target.startsWith(`${r}/`)) ? `imports ${target}, which no layer rule covers` : null;
  if (targetKey === key) return null;
  if (rule.may.some((allowed) => allowed === '*' || targetKey.startsWith(allowed))) return null;
  return `${key} may not import ${targetKey} (${rule.why})`;
}

function checkPackage(key, rule, spec) {
  const pkg = packageName(spec);
  const runtimes = runtimesOf(pkg);
  if (runtimes.length === 0) return `the package ${pkg} belongs to no runtime; sort it into RUNTIMES in scripts/boundaries/rules.mjs`;
  if (runtimes.some((runtime) => rule.runtimes.includes(runtime))) return null;
  return `${key} may not load ${pkg} (${runtimes.join('/')} only; ${key} runs in ${rule.runtimes.join('/') || 'no runtime of its own'})`;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

/**
 * Import circles between files of src/ (type-only imports included), each as the list of files
 * around it. Floors rule out circles between folders; this finds them inside a folder.
 */
export function findCircles(root) {
  const files = new Set(walk(root, 'src'));
  const edges = new Map();
  for (const file of files) {
    const targets = [];
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (!spec.startsWith('.')) continue;
      const base = posix.normalize(posix.join(posix.dirname(file), spec));
      const target = EXTENSIONS.map((ext) => base + ext).find((candidate) => files.has(candidate));
      if (target) targets.push(target);
    }
    edges.set(file, targets);
  }
  // Tarjan's strongly connected components; every component of two or more files is a circle.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const circles = [];
  let counter = 0;
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file)) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) circles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

/**
 * Unit tests mirror the source folder for folder: tests/unit/<path>/ holds the tests of src/<path>/
 * (tests/unit/scripts/ those of scripts/), so a module's tests are found without searching.
 * Returns the test folders that mirror nothing.
 */
export function unmirroredTestFolders(root) {
  const folders = new Set([...walk(root, 'tests/unit')].map((file) => posix.dirname(file)));
  const stray = [];
  for (const folder of folders) {
    const mirrored = folder.replace(/^tests\/unit/, folder.startsWith('tests/unit/scripts') ? '' : 'src').replace(/^\//, '');
    // Helpers of a test may sit in a sub-folder of their own: child/ (child processes) or fixtures/.
    const helper = /\/(child|fixtures)$/.test(mirrored);
    if (!isDirectory(join(root, helper ? posix.dirname(mirrored) : mirrored))) stray.push(folder);
  }
  return stray.sort();
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
