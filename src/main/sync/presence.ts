/**
 * Who else has the shared program open: each copy announces its member's name on the root
 * document's ephemeral channel (never stored, never synced to disk) every few seconds, and counts
 * a teammate as here for a while after their last announcement.
 */
import type { DocHandle } from '@automerge/automerge-repo';

/** How often presence is announced, and how long a member counts as here after. */
const PRESENCE_MS = 4000;
const PRESENT_FOR_MS = 12_000;

export class Presence {
  private readonly seen = new Map<string, number>();
  private readonly stop: () => void;

  /** `changed` is called when someone arrives and on every announcement tick (so leavers drop off). */
  constructor(root: DocHandle<unknown>, me: string, changed: () => void) {
    const onMessage = ({ message }: { message: unknown }) => {
      const name = (message as { here?: unknown } | null)?.here;
      if (typeof name !== 'string' || name === me) return;
      const fresh = !this.isHere(name, Date.now());
      this.seen.set(name, Date.now());
      if (fresh) changed();
    };
    root.on('ephemeral-message', onMessage);
    const announce = () => root.broadcast({ here: me });
    announce();
    const timer = setInterval(() => {
      announce();
      changed();
    }, PRESENCE_MS);
    timer.unref?.();
    this.stop = () => {
      clearInterval(timer);
      root.off('ephemeral-message', onMessage);
    };
  }

  /** The teammates seen recently, by name. */
  present(now = Date.now()): string[] {
    return [...this.seen.keys()].filter((name) => this.isHere(name, now)).sort();
  }

  close(): void {
    this.stop();
  }

  private isHere(name: string, now: number): boolean {
    const at = this.seen.get(name);
    return at !== undefined && now - at < PRESENT_FOR_MS;
  }
}
