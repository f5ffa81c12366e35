import { describe, expect, it } from 'vitest';
import { logLine } from '../../../../src/main/security/log-safe';
import { StorageError } from '../../../../src/main/storage/errors';

describe('what main logs about a failure', () => {
  it('keeps the class, the code and our frames; never the message or a home folder', () => {
    const error = new StorageError('PERMISSION_DENIED', 'You do not have permission to save in the folder /home/officer/Programs/Ahmed Al-Sayed: ...');
    error.stack = [
      'StorageError: You do not have permission to save in the folder /home/officer/Programs/Ahmed Al-Sayed',
      '    at saveFailure (file:///opt/IVLP Planner/resources/app.asar/out/main/chunks/durable-X.js:120:11)',
      '    at /home/officer/.config/something.js:1:1',
      '    at async OpenDocument.runSave (/opt/IVLP/out/main/index.js:900:5)',
    ].join('\n');
    const line = logLine('[ipc] saveNow failed unexpectedly', error);
    expect(line).toBe('[ipc] saveNow failed unexpectedly: StorageError (PERMISSION_DENIED) at saveFailure (out/main/chunks/durable-X.js:120:11) < async OpenDocument.runSave (out/main/index.js:900:5)');
    expect(line).not.toMatch(/officer|Ahmed|permission/);
  });

  it('says what was thrown when it is not an Error, without its value', () => {
    expect(logLine('[shell] x failed', 'Ahmed Al-Sayed, +20 100 000 0000')).toBe('[shell] x failed: a non-Error value was thrown (string)');
  });
});
