import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, menuLabel, type MenuActions, type MenuItemTemplate } from '../../../../src/main/security/menu-template';
import type { RecentEntry } from '../../../../src/main/security/menu-template';

function fakeActions() {
  return {
    newProgram: vi.fn(),
    openProgram: vi.fn(),
    openRecent: vi.fn(),
    saveAs: vi.fn(),
    saveCopy: vi.fn(),
    revertToBackup: vi.fn(),
    closeWindow: vi.fn(),
    sendToRenderer: vi.fn(),
  } satisfies MenuActions;
}

const recent: RecentEntry[] = [
  { id: 'r1', name: 'tmssw-2024.ivlp.json', folder: '/home/ana/Documents' },
  { id: 'r2', name: 'Smith & Jones.ivlp.json', folder: '/mnt/shared/programs/2025' },
];

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}
function byId(items: MenuItemTemplate[], id: string): MenuItemTemplate {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}
function topLabels(items: MenuItemTemplate[]): (string | undefined)[] {
  return items.map((item) => item.label ?? item.role);
}
const WINDOW = { id: 42 };

describe.each([
  { platform: 'Windows/Linux', isMac: false, mod: 'Ctrl' },
  { platform: 'macOS', isMac: true, mod: 'Cmd' },
])('the menu on $platform', ({ isMac, mod }) => {
  const build = (isDevelopment = false, entries: RecentEntry[] = recent) => {
    const actions = fakeActions();
    return { actions, menu: buildMenuTemplate(actions, { isMac, isDevelopment, recent: entries }) };
  };

  it('has the expected menus in order', () => {
    const { menu } = build();
    const file = isMac ? 'File' : '&File';
    expect(topLabels(menu)).toEqual(
      isMac ? ['IVLP Planner', 'File', 'Edit', 'View', 'windowMenu', 'Help'] : [file, '&Edit', '&View', '&Help'],
    );
  });

  it.each([
    ['new', `${mod}+N`],
    ['open', `${mod}+O`],
    ['save-as', `Shift+${mod}+S`],
    ['close-window', `${mod}+W`],
    ['undo', `${mod}+Z`],
    ['redo', `Shift+${mod}+Z`],
    ['find', `${mod}+F`],
  ])('%s has accelerator %s', (id, accelerator) => {
    expect(byId(build().menu, id).accelerator).toBe(accelerator);
  });

  it('Save a Copy and Revert to Backup have no accelerator', () => {
    const { menu } = build();
    expect(byId(menu, 'save-copy').accelerator).toBeUndefined();
    expect(byId(menu, 'revert').accelerator).toBeUndefined();
  });

  it.each([
    ['new', 'newProgram'],
    ['open', 'openProgram'],
    ['save-as', 'saveAs'],
    ['save-copy', 'saveCopy'],
    ['revert', 'revertToBackup'],
    ['close-window', 'closeWindow'],
  ] as const)('%s calls %s with the focused window', (id, action) => {
    const { menu, actions } = build();
    byId(menu, id).click?.({}, WINDOW);
    expect(actions[action]).toHaveBeenCalledExactlyOnceWith(42);
    const others = Object.entries(actions).filter(([name]) => name !== action);
    for (const [, spy] of others) expect(spy).not.toHaveBeenCalled();
  });

  it('passes null when no window has focus', () => {
    const { menu, actions } = build();
    byId(menu, 'new').click?.({}, undefined);
    expect(actions.newProgram).toHaveBeenCalledWith(null);
  });

  it.each([
    ['undo', 'undo'],
    ['redo', 'redo'],
    ['find', 'find'],
    ['import-roster', 'import-roster'],
  ] as const)('%s sends the %s menu action to the renderer instead of using a native role', (id, action) => {
    const { menu, actions } = build();
    const item = byId(menu, id);
    expect(item.role).toBeUndefined();
    item.click?.({}, WINDOW);
    expect(actions.sendToRenderer).toHaveBeenCalledExactlyOnceWith(42, action);
  });

  it('uses no native undo or redo role anywhere', () => {
    const roles = flatten(build().menu).map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('keeps cut, copy, paste and select all native', () => {
    const edit = build().menu.find((item) => item.label?.endsWith('Edit'));
    expect(edit?.submenu?.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('lists recent programs newest first, each opening its own id', () => {
    const { menu, actions } = build();
    const items = byId(menu, 'open-recent').submenu ?? [];
    expect(items.map((item) => item.id)).toEqual(['recent:r1', 'recent:r2']);
    expect(items[0]?.label).toBe('tmssw-2024.ivlp.json — /home/ana/Documents');
    expect(items[1]?.label).toBe(isMac ? 'Smith & Jones.ivlp.json — /mnt/shared/programs/2025' : 'Smith && Jones.ivlp.json — /mnt/shared/programs/2025');
    items[1]?.click?.({}, WINDOW);
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith(42, 'r2');
  });

  it('shows a disabled placeholder when there are no recent programs', () => {
    const items = byId(build(false, []).menu, 'open-recent').submenu ?? [];
    expect(items).toEqual([{ id: 'recent-empty', label: 'No Recent Programs', enabled: false }]);
  });

  it('shows at most 10 recent programs and shortens long folders', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ id: `r${i}`, name: `p${i}.ivlp.json`, folder: `/very/${'deep/'.repeat(30)}f${i}` }));
    const items = byId(build(false, many).menu, 'open-recent').submenu ?? [];
    expect(items).toHaveLength(10);
    for (const item of items) expect(item.label?.length).toBeLessThanOrEqual(100);
    expect(items[0]?.label).toContain('…');
  });

  it('offers Reload and DevTools only in development', () => {
    const packaged = flatten(build(false).menu).map((item) => item.role);
    const development = flatten(build(true).menu).map((item) => item.role);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(development).toContain('reload');
    expect(development).toContain('toggleDevTools');
  });

  it('has zoom and full screen in View', () => {
    const roles = flatten(build().menu).map((item) => item.role);
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'] as const) expect(roles).toContain(role);
  });

  it('gives every item a label, a role or the separator type, and every label-only item an action or submenu', () => {
    for (const item of flatten(build(true).menu)) {
      expect(item.label !== undefined || item.role !== undefined || item.type === 'separator').toBe(true);
      if (item.role === undefined && item.type !== 'separator' && item.enabled !== false) {
        expect(item.click !== undefined || item.submenu !== undefined, `item ${item.label}`).toBe(true);
      }
    }
  });

  it('has unique ids', () => {
    const ids = flatten(build().menu).flatMap((item) => (item.id ? [item.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('platform differences', () => {
  const macMenu = buildMenuTemplate(fakeActions(), { isMac: true, isDevelopment: false, recent: [] });
  const pcMenu = buildMenuTemplate(fakeActions(), { isMac: false, isDevelopment: false, recent: [] });

  it('quits with Cmd+Q from the app menu on macOS', () => {
    const quit = flatten(macMenu).filter((item) => item.role === 'quit');
    expect(quit).toHaveLength(1);
    expect(quit[0]?.accelerator).toBe('Cmd+Q');
    expect(macMenu[0]?.submenu).toContain(quit[0]);
  });

  it('quits with Ctrl+Q from the File menu on Windows and Linux', () => {
    const quit = flatten(pcMenu).filter((item) => item.role === 'quit');
    expect(quit).toHaveLength(1);
    expect(quit[0]?.accelerator).toBe('Ctrl+Q');
    expect(pcMenu[0]?.submenu).toContain(quit[0]);
  });

  it('also redoes with Ctrl+Y on Windows and Linux, through a hidden item', () => {
    const actions = fakeActions();
    const menu = buildMenuTemplate(actions, { isMac: false, isDevelopment: false, recent: [] });
    const alt = byId(menu, 'redo-alt');
    expect(alt).toMatchObject({ accelerator: 'Ctrl+Y', visible: false });
    alt.click?.({}, WINDOW);
    expect(actions.sendToRenderer).toHaveBeenCalledExactlyOnceWith(42, 'redo');
    expect(flatten(macMenu).some((item) => item.accelerator === 'Ctrl+Y')).toBe(false);
  });

  it('has a Window menu on macOS only', () => {
    expect(macMenu.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(pcMenu.some((item) => item.role === 'windowMenu')).toBe(false);
  });

  it('has no accelerator clashes', () => {
    for (const menu of [macMenu, pcMenu]) {
      const accelerators = flatten(menu).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});

describe('menuLabel', () => {
  it('escapes & as && where it would be a mnemonic', () => {
    expect(menuLabel('R&D trip', false)).toBe('R&&D trip');
    expect(menuLabel('R&D trip', true)).toBe('R&D trip');
  });
});
