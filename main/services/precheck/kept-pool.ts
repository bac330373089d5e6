// A pre-check pool kept between uses and closed after a while without one: a reviewer who runs a
// pre-check on demand often runs another soon, and a thread that is already up skips loading
// pdf.js and starting OCR (about a second of the first file); an idle one gives its memory back.
import type { PrecheckPool } from './pool';

export class KeptPool {
  private pool: PrecheckPool | null = null;
  private users = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly make: () => PrecheckPool,
    private readonly idleMs: number,
  ) {}

  /** The pool while it is kept, null once closed. */
  get current(): PrecheckPool | null {
    return this.pool;
  }

  async use<T>(run: (pool: PrecheckPool) => Promise<T>): Promise<T> {
    this.stopTimer();
    const pool = (this.pool ??= this.make());
    this.users += 1;
    try {
      return await run(pool);
    } finally {
      this.users -= 1;
      if (this.users === 0 && this.pool === pool) {
        this.timer = setTimeout(() => void this.close(), this.idleMs);
        // The wait must not keep a command-line process alive.
        this.timer.unref();
      }
    }
  }

  async close(): Promise<void> {
    this.stopTimer();
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
