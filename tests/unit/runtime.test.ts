/**
 * Everything runs on the Node that Electron ships (24), not on whatever Node launched npm: the
 * `node` devDependency puts its binary first on PATH for npm scripts, npx and the tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('runtime', () => {
  it('is the pinned Node 24 from the node devDependency', () => {
    expect(process.version).toBe(`v${pkg.devDependencies['node']}`);
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('pins the Node 24 types to the same major', () => {
    expect(pkg.devDependencies['@types/node']?.split('.')[0]).toBe('24');
  });
});
