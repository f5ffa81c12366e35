/**
 * The renderer runs zod jitless under a CSP without 'unsafe-eval' (src/renderer/zod-setup.ts), and
 * it imports the shared program code. validateProgram compiles its schemas with z.compile only where
 * zod may generate code: under jitless it must never reach `new Function`.
 */
import { expect, test } from 'vitest';
import { z } from 'zod';

test('under jitless, validateProgram validates without generating code', async () => {
  z.config({ jitless: true });
  const generated: string[] = [];
  const RealFunction = globalThis.Function;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: string[]) {
      generated.push(args.join(',').slice(0, 80));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    // Imported only now, as in the renderer: after the config, before any schema is used.
    const { validateProgram, serializeProgram } = await import('../../../../src/shared/program/load');
    const { sampleProgram } = await import('../../main/storage/fixture-program');
    const result = validateProgram(JSON.parse(serializeProgram(sampleProgram())));
    expect(result.ok).toBe(true);
    expect(validateProgram({ ...sampleProgram(), title: '' }).ok).toBe(false);
  } finally {
    globalThis.Function = RealFunction;
  }
  expect(generated).toEqual([]);
});
