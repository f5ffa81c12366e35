// The floors are law only if breaking one fails the lint: plant violations in a copy of src/ and
// check that each is reported by the same function `npm run lint` runs.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkBoundaries, findCircles, ruleKeyOf, unmirroredTestFolders } from '../../../scripts/boundaries/check.mjs';

type Problem = { file: string; spec: string; message: string };
const check = checkBoundaries as (root: string) => Problem[];
const circles = findCircles as (root: string) => string[][];
const unmirrored = unmirroredTestFolders as (root: string) => string[];
const repo = new URL('../../../', import.meta.url).pathname;
let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ivlp-floors-'));
  await cp(join(repo, 'src'), join(root, 'src'), { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function plant(path: string, text: string): Promise<Problem[]> {
  await writeFile(join(root, path), text);
  try {
    return check(root).filter((p) => p.file === path);
  } finally {
    await rm(join(root, path));
  }
}

describe('the floors of the house', () => {
  it('the real tree breaks none', () => {
    expect(check(repo)).toEqual([]);
  });

  it('refuses exceljs (and pdf-lib) in the domain', async () => {
    const problems = await plant('src/shared/program/planted.ts', "import ExcelJS from 'exceljs';\nimport { PDFDocument } from 'pdf-lib';\nexport const x = [ExcelJS, PDFDocument];\n");
    expect(problems.map((p) => p.spec)).toEqual(['exceljs', 'pdf-lib']);
    expect(problems[0]!.message).toContain('src/shared/program/ may not load exceljs');
  });

  it('refuses node built-ins and React in the domain', async () => {
    const problems = await plant('src/shared/planted.ts', "import { readFile } from 'node:fs/promises';\nimport type { ReactNode } from 'react';\nexport type X = ReactNode | typeof readFile;\n");
    expect(problems.map((p) => p.spec)).toEqual(['node:fs/promises', 'react']);
  });

  it('refuses an upward import inside main: storage reaching the action table, documents reaching IPC', async () => {
    expect((await plant('src/main/storage/planted.ts', "import type { Actions } from '../actions/table';\nexport type X = Actions;\n"))[0]?.message).toContain(
      'src/main/storage/ may not import src/main/actions/',
    );
    expect((await plant('src/main/documents/planted.ts', "export { createDispatcher } from '../ipc/wrapper';\n"))[0]?.message).toContain('src/main/documents/ may not import src/main/ipc/');
  });

  it('refuses an upward import inside the renderer: the store reaching a feature, a feature reaching the app shell', async () => {
    expect((await plant('src/renderer/state/planted.ts', "import { Inspector } from '../features/inspector/Inspector';\nexport const x = Inspector;\n"))[0]?.message).toContain(
      'src/renderer/state/ may not import src/renderer/features/inspector/',
    );
    expect((await plant('src/renderer/features/people/planted.ts', "import { App } from '../../app/App';\nexport const x = App;\n"))[0]?.message).toContain(
      'src/renderer/features/people/ may not import src/renderer/app/',
    );
  });

  it('refuses the calendar reaching the inspector (the inspector sits above the calendar)', async () => {
    const problems = await plant('src/renderer/features/calendar/planted.ts', "import { Inspector } from '../inspector/Inspector';\nexport const x = Inspector;\n");
    expect(problems).toHaveLength(1);
  });

  it('refuses electron outside the shell and the preload, and the shell from the command line', async () => {
    expect(await plant('src/main/print/planted.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect((await plant('src/cli/planted.ts', "import { startApp } from '../main/shell/main';\nexport const x = startApp;\n"))[0]?.message).toContain('src/cli/ may not import src/main/shell/');
  });

  it('refuses a package no runtime list names, and a folder no rule covers', async () => {
    expect((await plant('src/main/storage/planted.ts', "import left from 'left-pad';\nexport const x = left;\n"))[0]?.message).toContain('belongs to no runtime');
    await cp(join(root, 'src/renderer/features/export'), join(root, 'src/renderer/features/brand-new'), { recursive: true });
    try {
      expect(check(root).some((p) => p.file.startsWith('src/renderer/features/brand-new/') && p.message.includes('no layer rule covers this file'))).toBe(true);
    } finally {
      await rm(join(root, 'src/renderer/features/brand-new'), { recursive: true });
    }
  });

  it('finds an import circle inside a folder, type-only imports included', async () => {
    expect(circles(repo)).toEqual([]);
    await writeFile(join(root, 'src/main/storage/circle-a.ts'), "import type { B } from './circle-b';\nexport type A = B | 1;\n");
    await writeFile(join(root, 'src/main/storage/circle-b.ts'), "import type { A } from './circle-a';\nexport type B = A | 2;\n");
    try {
      expect(circles(root)).toEqual([['src/main/storage/circle-a.ts', 'src/main/storage/circle-b.ts']]);
    } finally {
      await rm(join(root, 'src/main/storage/circle-a.ts'));
      await rm(join(root, 'src/main/storage/circle-b.ts'));
    }
  });

  it('unit tests mirror the source folder for folder', async () => {
    expect(unmirrored(repo)).toEqual([]);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, 'tests/unit/main/storage/child'), { recursive: true });
    await mkdir(join(root, 'tests/unit/core'), { recursive: true });
    await writeFile(join(root, 'tests/unit/main/storage/child/run.ts'), 'export {};\n');
    await writeFile(join(root, 'tests/unit/core/documents.test.ts'), 'export {};\n');
    try {
      expect(unmirrored(root)).toEqual(['tests/unit/core']);
    } finally {
      await rm(join(root, 'tests'), { recursive: true });
    }
  });

  it('finds a file its rule by the longest key', () => {
    expect(ruleKeyOf('src/shared/program/schema.ts')).toBe('src/shared/program/');
    expect(ruleKeyOf('src/shared/time.ts')).toBe('src/shared/');
    expect(ruleKeyOf('src/main/index.ts')).toBe('src/main/index.ts');
  });
});
