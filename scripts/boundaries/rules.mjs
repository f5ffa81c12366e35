// The floors of the house, as data (see docs/architecture-rules.md). Every folder of src/ has a rule
// saying which other folders it may import from: an allowlist, as VS Code's layering rules give each
// layer (a denylist over top-level folders misses upward imports inside them). Every npm package
// belongs to the runtimes it may load in, as Signal sorts its dependencies: a package in no list,
// or a folder with no rule, fails the check until someone decides where it belongs.
//
// A rule's key is a folder (ending in /) or a file; the longest key that starts a path is its rule,
// and a file no key covers is an error (a new folder gets a rule when it is made). A folder may
// always import from itself; an import is allowed when the target's rule key starts with an entry
// of `may` ('*': anything), and no entry of `forbid` starts the target's path.

/** npm packages (and Node's built-ins) by the runtimes they may load in. */
export const RUNTIMES = {
  /** Plain JavaScript that runs anywhere: the domain, the renderer, main, the CLI. */
  std: ['zod', 'temporal-polyfill', '@sindresorhus/transliterate'],
  /** Node only: main, the command line, tests. `node:*` and bare built-in names count as node. */
  node: [
    'node:*',
    'lowdb',
    'exceljs',
    'papaparse',
    'pdf-lib',
    'playwright-core',
    'iconv-lite',
    'ws',
    '@automerge/automerge',
    '@automerge/automerge-repo',
    '@automerge/automerge-repo-network-websocket',
    'intl-messageformat',
    'any-ascii',
  ],
  /** The browser: the renderer's UI. */
  dom: ['react', 'react-dom', '@fullcalendar/react', 'react-window', '@tanstack/react-virtual', 'intl-messageformat'],
  /** Server-side React for the print templates in main (renderToStaticMarkup; never a DOM). */
  print: ['react', 'react-dom', 'intl-messageformat'],
  /** Only the Electron shell and the preload. */
  electron: ['electron', 'electron-updater'],
  /** Build and packaging tools, for scripts only. */
  build: ['@doyensec/electronegativity', '@electron/fuses', 'electron-builder'],
  /** Test and benchmark tooling. */
  test: ['vitest', 'vite', '@playwright/test', 'playwright-core', 'fast-check', 'ical.js', 'pdfjs-dist', 'axe-core', '@axe-core/playwright'],
};

const SHARED = [
  'src/shared/',
  'src/shared/program/',
  'src/shared/sync/',
  'src/shared/commands/',
  'src/shared/conflicts/',
  'src/shared/itinerary/',
  'src/shared/ics/',
  'src/shared/issuing/',
  'src/shared/roster/',
  'src/shared/directory/',
  'src/shared/clone/',
  'src/shared/ipc/',
];
const RENDERER_BASE = ['src/renderer/ui/', 'src/renderer/state/', 'src/renderer/model/', 'src/renderer/api.ts', ...SHARED];
const MAIN_LOW = ['src/main/services.ts', ...SHARED];

/** @type {Record<string, { may: string[], runtimes: (keyof typeof RUNTIMES)[], why: string }>} */
export const RULES = {
  // The domain: pure, floor by floor. Files directly in src/shared (time, errors, sorted, hash) are the ground.
  'src/shared/': { may: [], runtimes: ['std'], why: 'the ground floor of the domain: time, errors, searching, hashing' },
  'src/shared/program/': { may: ['src/shared/'], runtimes: ['std'], why: 'the program file: schema, loading, validation' },
  'src/shared/commands/': { may: ['src/shared/', 'src/shared/program/'], runtimes: ['std'], why: 'edits as data over the program' },
  'src/shared/conflicts/': { may: ['src/shared/', 'src/shared/program/'], runtimes: ['std'], why: 'the conflict rules read programs' },
  'src/shared/itinerary/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/conflicts/'], runtimes: ['std'], why: 'what travelers receive, from the program' },
  'src/shared/ics/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/itinerary/'], runtimes: ['std'], why: 'iCalendar from itineraries' },
  'src/shared/issuing/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/itinerary/', 'src/shared/ics/'], runtimes: ['std'], why: 'issued versions record itineraries' },
  'src/shared/roster/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/commands/'], runtimes: ['std'], why: 'a roster becomes one command' },
  'src/shared/directory/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/commands/'], runtimes: ['std'], why: 'the directory is copied into programs as commands' },
  'src/shared/clone/': { may: ['src/shared/', 'src/shared/program/'], runtimes: ['std'], why: 'next year’s program from this year’s' },
  'src/shared/sync/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/commands/', 'src/shared/itinerary/'], runtimes: ['std'], why: 'who may see and edit what, over programs and commands' },
  'src/shared/ipc/': { may: ['src/shared/', 'src/shared/program/', 'src/shared/commands/', 'src/shared/directory/', 'src/shared/clone/'], runtimes: ['std'], why: 'the contract speaks in programs and commands' },

  // Main: plain Node modules floor by floor; only shell/ touches Electron.
  'src/main/services.ts': { may: SHARED, runtimes: [], why: 'interfaces to the outside world' },
  'src/main/storage/': { may: MAIN_LOW, runtimes: ['std', 'node'], why: 'durable files know nothing above them' },
  'src/main/roster/': { may: ['src/main/storage/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'reading roster files (through storage’s regular-file reader)' },
  'src/main/security/': { may: MAIN_LOW, runtimes: ['std', 'node'], why: 'pure policies every layer may consult' },
  'src/main/print/': { may: ['src/main/storage/', ...MAIN_LOW], runtimes: ['std', 'node', 'print'], why: 'PDFs from itineraries' },
  'src/main/settings/': { may: ['src/main/storage/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'the app’s own settings file' },
  'src/main/directory/': { may: ['src/main/storage/', 'src/main/settings/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'the organization directory file' },
  'src/main/sync/': { may: ['src/main/documents/', 'src/main/storage/', 'src/main/security/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'the Automerge side of team planning' },
  'src/main/documents/': { may: ['src/main/storage/', 'src/main/security/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'open documents over storage' },
  'src/main/export/': { may: ['src/main/print/', 'src/main/storage/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'exports over printing and storage' },
  'src/main/actions/': {
    may: ['src/main/documents/', 'src/main/directory/', 'src/main/export/', 'src/main/print/', 'src/main/roster/', 'src/main/security/', 'src/main/settings/', 'src/main/storage/', 'src/main/sync/', ...MAIN_LOW],
    runtimes: ['std', 'node'],
    why: 'the action table sits on every domain below it',
  },
  'src/main/ipc/': { may: ['src/main/actions/', 'src/main/security/', ...MAIN_LOW], runtimes: ['std'], why: 'the one IPC wrapper dispatches to actions' },
  'src/main/app/': {
    may: ['src/main/actions/', 'src/main/directory/', 'src/main/documents/', 'src/main/print/', 'src/main/security/', 'src/main/settings/', 'src/main/storage/', 'src/main/sync/', ...MAIN_LOW],
    runtimes: ['std', 'node'],
    why: 'the app composes the actions',
  },
  'src/main/shell/': {
    may: ['src/main/app/', 'src/main/ipc/', 'src/main/print/', 'src/main/security/', 'src/main/settings/', ...MAIN_LOW],
    runtimes: ['std', 'node', 'electron'],
    why: 'the Electron shell wires the app to Electron',
  },
  'src/main/index.ts': { may: ['src/main/shell/'], runtimes: [], why: 'the Electron entry' },

  'src/preload/': { may: ['src/shared/ipc/', 'src/shared/'], runtimes: ['electron', 'std'], why: 'the bridge only' },

  // The sync server: plain Node over the sync mapping and durable storage.
  'src/server/': { may: ['src/main/sync/', 'src/main/storage/', ...MAIN_LOW], runtimes: ['std', 'node'], why: 'the sync server runs under plain Node, without Electron' },

  // The command line: plain Node over main's modules, never the shell.
  'src/cli/': {
    may: ['src/cli/sample/', 'src/server/', 'src/main/sync/', 'src/main/storage/', 'src/main/roster/', 'src/main/print/', 'src/main/export/', 'src/main/documents/', 'src/main/security/', ...MAIN_LOW],
    runtimes: ['std', 'node'],
    why: 'the command line runs under plain Node, without Electron',
  },
  'src/cli/sample/': { may: SHARED, runtimes: ['std'], why: 'the sample generator is pure' },

  // The renderer: features sit on ui/, state/ and model/; app/ composes features.
  'src/renderer/api.ts': { may: ['src/shared/ipc/', 'src/shared/'], runtimes: [], why: 'window.api' },
  'src/renderer/zod-setup.ts': { may: [], runtimes: ['std'], why: 'zod without eval' },
  'src/renderer/model/': { may: SHARED, runtimes: ['std'], why: 'pure view models and edit builders' },
  'src/renderer/state/': { may: ['src/renderer/model/', 'src/renderer/api.ts', ...SHARED], runtimes: ['std', 'dom'], why: 'the store sits on models' },
  'src/renderer/ui/': { may: ['src/renderer/state/', 'src/renderer/model/', ...SHARED], runtimes: ['std', 'dom'], why: 'shared UI pieces' },
  'src/renderer/features/team/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'team planning: status, conflicts, Share/Join' },
  'src/renderer/features/problems/': { may: ['src/renderer/features/team/', ...RENDERER_BASE], runtimes: ['std', 'dom'], why: 'problems list the team’s conflicts too' },
  'src/renderer/features/directory/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'the organization directory: its offer and its search' },
  'src/renderer/features/arranging/': {
    may: ['src/renderer/features/directory/', 'src/renderer/features/problems/', ...RENDERER_BASE],
    runtimes: ['std', 'dom'],
    why: 'arranging takes hosts from the directory and shows their problems',
  },
  'src/renderer/features/calendar/': {
    may: ['src/renderer/features/problems/', 'src/renderer/features/directory/', ...RENDERER_BASE],
    runtimes: ['std', 'dom'],
    why: 'the calendar shows problem badges and creates activities at directory places',
  },
  'src/renderer/features/inspector/': {
    may: ['src/renderer/features/calendar/', 'src/renderer/features/problems/', 'src/renderer/features/arranging/', 'src/renderer/features/directory/', ...RENDERER_BASE],
    runtimes: ['std', 'dom'],
    why: 'the inspector offers the calendar gestures and arranging',
  },
  'src/renderer/features/people/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'a feature' },
  'src/renderer/features/export/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'a feature' },
  'src/renderer/features/issuing/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'a feature' },
  'src/renderer/features/roster-import/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'a feature' },
  'src/renderer/features/clone/': { may: RENDERER_BASE, runtimes: ['std', 'dom'], why: 'a feature' },
  'src/renderer/features/settings/': { may: ['src/renderer/features/directory/', ...RENDERER_BASE], runtimes: ['std', 'dom'], why: 'app and program settings, the directory among them' },
  'src/renderer/app/': { may: ['src/renderer/features/', ...RENDERER_BASE], runtimes: ['std', 'dom'], why: 'the app shell composes the features' },
  'src/renderer/styles/': { may: [], runtimes: [], why: 'stylesheets' },
  'src/renderer/main.tsx': {
    may: ['src/renderer/app/', 'src/renderer/state/', 'src/renderer/api.ts', 'src/renderer/zod-setup.ts', 'src/renderer/styles/', ...SHARED],
    runtimes: ['std', 'dom'],
    why: 'the renderer entry',
  },

  // Tests, benchmarks and scripts may use anything but the Electron shell (requiring electron outside
  // Electron starts a download and throws); tests/electron drives the real app from outside.
  'tests/': { may: ['*'], runtimes: ['std', 'node', 'dom', 'print', 'test'], why: 'tests run under plain Node', forbid: ['src/main/shell/', 'src/main/index.ts'] },
  'bench/': { may: ['*'], runtimes: ['std', 'node', 'dom', 'print', 'test'], why: 'benchmarks run under plain Node', forbid: ['src/main/shell/', 'src/main/index.ts'] },
  'scripts/': { may: ['*'], runtimes: ['std', 'node', 'test', 'build'], why: 'scripts run under plain Node', forbid: ['src/main/shell/'] },
};
