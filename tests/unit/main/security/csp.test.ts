import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../../src/main/security/csp';

function parseCsp(header: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

const policy = parseCsp(CONTENT_SECURITY_POLICY);

describe('the renderer Content-Security-Policy', () => {
  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is exactly %j', (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it('has no other directives', () => {
    expect([...policy.keys()].sort()).toEqual(Object.keys(CSP_DIRECTIVES).sort());
    expect(policy.size).toBe(11);
  });

  it('never allows inline or evaluated script, or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|blob:|file:/);
  });

  it('is a single header line', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
  });

  it("matches the renderer's <meta> policy (which cannot carry frame-ancestors)", () => {
    const html = readFileSync(new URL('../../../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'index.html has a CSP meta tag').not.toBeNull();
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(parseCsp(meta?.[1] ?? '')).toEqual(expected);
  });
});
