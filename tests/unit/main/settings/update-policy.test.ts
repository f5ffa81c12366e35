/** The update modes: 'none' never reaches an update server, 'manual' only on request, 'automatic' at start. */
import { describe, expect, it } from 'vitest';
import { updatePlan } from '../../../../src/main/settings/update-policy';
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings';

describe('updatePlan', () => {
  it('never checks nor downloads with none, checks only on request with manual, does everything with automatic', () => {
    expect(updatePlan('none')).toEqual({ allowed: false, checkAtStart: false, autoDownload: false, autoInstallOnAppQuit: false });
    expect(updatePlan('manual')).toEqual({ allowed: true, checkAtStart: false, autoDownload: false, autoInstallOnAppQuit: false });
    expect(updatePlan('automatic')).toEqual({ allowed: true, checkAtStart: true, autoDownload: true, autoInstallOnAppQuit: true });
  });

  it('defaults to manual: no network at start, a way to get a fix when asked', () => {
    expect(DEFAULT_SETTINGS.updates).toBe('manual');
    expect(updatePlan(DEFAULT_SETTINGS.updates).checkAtStart).toBe(false);
  });
});
