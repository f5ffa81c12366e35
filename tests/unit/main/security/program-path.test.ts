import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { programPathFromArgv } from '../../../../src/main/security/program-path';

const CWD = join(sep, 'home', 'ana');

describe('programPathFromArgv', () => {
  it('finds a program named on a packaged app command line', () => {
    expect(programPathFromArgv(['/opt/IVLP Planner/ivlp-planner', '/data/trip.ivlp.json'], CWD)).toBe(resolve('/data/trip.ivlp.json'));
  });

  it('skips the app folder in development ("electron .")', () => {
    expect(programPathFromArgv(['/x/electron', '.', 'trip.ivlp.json'], CWD)).toBe(join(CWD, 'trip.ivlp.json'));
    expect(programPathFromArgv(['/x/electron', '.'], CWD)).toBeNull();
  });

  it('resolves relative paths against the launching folder', () => {
    expect(programPathFromArgv(['app', '../shared/Plan.IVLP.JSON'], CWD)).toBe(resolve(CWD, '../shared/Plan.IVLP.JSON'));
  });

  it('ignores switches, including ones Chromium appends', () => {
    const argv = ['app', '--original-process-start-time=13379', '--inspect=9229', 'a.ivlp.json', '--allow-file-access-from-files'];
    expect(programPathFromArgv(argv, CWD)).toBe(join(CWD, 'a.ivlp.json'));
    expect(programPathFromArgv(['app', '--file=x.ivlp.json'], CWD)).toBeNull();
  });

  it('takes the last program when several are given', () => {
    expect(programPathFromArgv(['app', 'a.ivlp.json', 'b.ivlp.json'], CWD)).toBe(join(CWD, 'b.ivlp.json'));
  });

  it('ignores other files', () => {
    expect(programPathFromArgv(['app', 'notes.json', 'trip.ivlp.bak', 'trip.ivlp.json.bak', 'ivlp.json.exe'], CWD)).toBeNull();
  });

  it('takes new .ivlp files as well as .ivlp.json ones', () => {
    expect(programPathFromArgv(['app', 'trip.ivlp'], CWD)).toBe(join(CWD, 'trip.ivlp'));
    expect(programPathFromArgv(['app', 'TRIP.IVLP.JSON'], CWD)).toBe(join(CWD, 'TRIP.IVLP.JSON'));
  });

  it('accepts file:// URLs and refuses other URL schemes', () => {
    const file = join(sep, 'data', 'my trip.ivlp.json');
    expect(programPathFromArgv(['app', pathToFileURL(file).href], CWD)).toBe(file);
    expect(programPathFromArgv(['app', 'https://evil.example/x.ivlp.json'], CWD)).toBeNull();
    expect(programPathFromArgv(['app', 'smb://server/share/x.ivlp.json'], CWD)).toBeNull();
  });

  it('refuses NUL bytes, empty and absurdly long arguments', () => {
    expect(programPathFromArgv(['app', 'a\u0000.ivlp.json'], CWD)).toBeNull();
    expect(programPathFromArgv(['app', ''], CWD)).toBeNull();
    expect(programPathFromArgv(['app', `${'a'.repeat(5000)}.ivlp.json`], CWD)).toBeNull();
    expect(programPathFromArgv([], CWD)).toBeNull();
  });
});
