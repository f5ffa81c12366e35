import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type InvokeMethod } from '../../../../src/shared/ipc/channels';
import { invokeContract } from '../../../../src/shared/ipc/contract';
import { createDispatcher } from '../../../../src/main/ipc/wrapper';
import { originOf, trustedSenderPolicy, type SenderInfo } from '../../../../src/main/security/sender-policy';
import type { Actions as Handlers } from '../../../../src/main/actions/table';
import { CommandError } from '../../../../src/shared/commands/types';
import { AppError } from '../../../../src/shared/errors';

const APP = 'app://ivlp';
const methods = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];
const trusted: SenderInfo = { url: 'app://ivlp/index.html', isMainFrame: true, windowId: 7 };

function spyHandlers(): Handlers {
  const table: Record<string, unknown> = {};
  for (const method of methods) table[method] = vi.fn(async () => 'handled');
  return table as unknown as Handlers;
}

function setup() {
  const handlers = spyHandlers();
  const dispatch = createDispatcher(handlers, { isTrustedSender: trustedSenderPolicy(APP, (id) => id === 7) });
  return { handlers, dispatch };
}

describe('the one IPC wrapper', () => {
  it('covers every channel of the contract and nothing else', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...methods].sort());
    for (const channel of Object.values(INVOKE_CHANNELS)) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  const foreignSenders: [string, SenderInfo][] = [
    ['another origin', { url: 'https://evil.example/index.html', isMainFrame: true, windowId: 7 }],
    ['a file:// page', { url: 'file:///etc/passwd', isMainFrame: true, windowId: 7 }],
    ['an iframe of our window', { url: 'app://ivlp/index.html', isMainFrame: false, windowId: 7 }],
    ['a window that is not ours', { url: 'app://ivlp/index.html', isMainFrame: true, windowId: 99 }],
    ['no window at all', { url: 'app://ivlp/index.html', isMainFrame: true, windowId: null }],
    ['an unparseable URL', { url: 'not a url', isMainFrame: true, windowId: 7 }],
  ];

  for (const method of methods) {
    it(`${method}: refuses foreign senders without calling the handler`, async () => {
      const { handlers, dispatch } = setup();
      for (const [, sender] of foreignSenders) {
        const result = await dispatch(method, sender, undefined);
        expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN_SENDER' }) });
      }
      expect(handlers[method]).not.toHaveBeenCalled();
    });

    it(`${method}: refuses malformed arguments without calling the handler`, async () => {
      const { handlers, dispatch } = setup();
      for (const bad of [{ evil: true }, 'text', 42, [1, 2], { docId: '../../etc/passwd' }, { __proto__: { polluted: true } }]) {
        const result = await dispatch(method, trusted, bad);
        expect(result.ok, `${method} accepted ${JSON.stringify(bad)}`).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('BAD_ARGUMENTS');
      }
      expect(handlers[method]).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('passes parsed arguments and the window to the handler and wraps the value', async () => {
    const { handlers, dispatch } = setup();
    const result = await dispatch('undo', trusted, { docId: 'doc-3' });
    expect(result).toEqual({ ok: true, value: 'handled' });
    expect(handlers.undo).toHaveBeenCalledWith({ docId: 'doc-3' }, { windowId: 7 });
  });

  it('reports typed errors with their code and hides unexpected ones', async () => {
    const handlers = spyHandlers();
    const onUnexpectedError = vi.fn();
    const dispatch = createDispatcher(handlers, { isTrustedSender: () => true, onUnexpectedError });
    vi.mocked(handlers.undo).mockRejectedValueOnce(new AppError('READ_ONLY', 'The file is read-only.'));
    vi.mocked(handlers.redo).mockRejectedValueOnce(new CommandError('NOT_FOUND', 'no activity with id "x"'));
    vi.mocked(handlers.saveNow).mockRejectedValueOnce(new Error('EACCES: /home/officer/secret/path'));
    expect(await dispatch('undo', trusted, { docId: 'doc-1' })).toEqual({ ok: false, error: { code: 'READ_ONLY', message: 'The file is read-only.' } });
    expect(await dispatch('redo', trusted, { docId: 'doc-1' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no activity with id "x"' } });
    const hidden = await dispatch('saveNow', trusted, { docId: 'doc-1' });
    expect(hidden.ok).toBe(false);
    if (!hidden.ok) {
      expect(hidden.error.code).toBe('INTERNAL');
      expect(hidden.error.message).not.toContain('/home/officer');
    }
    expect(onUnexpectedError).toHaveBeenCalledTimes(1);
  });

  it('refuses a method that is not in the contract', async () => {
    const { dispatch } = setup();
    const result = await dispatch('constructor' as InvokeMethod, trusted, undefined);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_ARGUMENTS' }) });
  });

  it('builds origins for custom schemes, which WHATWG URL reports as "null"', () => {
    expect(new URL('app://ivlp/index.html').origin).toBe('null');
    expect(originOf('app://ivlp/index.html')).toBe('app://ivlp');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('::')).toBeNull();
  });
});
