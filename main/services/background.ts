// What a running workstation does on its own (the browser host and the desktop app alike):
// time-driven transitions applied at start and then every minute, each with its history entry
// (docs/domain.md "Time-driven transitions": the consent and partner-response windows end whether or not anyone looks),
// a pre-check of any document imported without one, and a sync round with the team hub every
// half-minute while one is set.
import type { ServiceContext } from './context';
import type { LiveStore } from './live-store';
import { checkpointer } from '../store/checkpoint';
import { precheckPending } from './prechecks';
import { syncRunnerFor } from './sync/sync-runner';
import { tick, type TickResult } from './tick';

export const TICK_INTERVAL_MS = 60_000;
/** How often the write-ahead log is copied into the database when it was written (store/checkpoint.ts). */
export const CHECKPOINT_INTERVAL_MS = 1_000;

export interface BackgroundWork {
  /** Stops the timer and waits for the pre-check under way to finish its claim. */
  stop(): Promise<void>;
}

export interface BackgroundOptions {
  readonly onError: (what: 'tick' | 'pre-check', err: Error) => void;
  readonly onTick?: (result: TickResult) => void;
  readonly tickIntervalMs?: number;
  /** Time between sync rounds of its own; 0: none, only rounds asked for (default SYNC_INTERVAL_MS). */
  readonly syncIntervalMs?: number;
}

export function startBackgroundWork(ctx: ServiceContext, opts: BackgroundOptions): BackgroundWork {
  const runTick = () => {
    try {
      const result = tick(ctx);
      opts.onTick?.(result);
    } catch (err) {
      // A busy store or a refused transition must not stop the next minute's tick.
      opts.onError('tick', err as Error);
    }
  };
  runTick();
  const timer = setInterval(runTick, opts.tickIntervalMs ?? TICK_INTERVAL_MS);
  timer.unref();
  const checkpoint = checkpointer();
  const checkpoints = setInterval(() => {
    try {
      checkpoint(ctx.store);
    } catch {
      // A busy or closing store: the next second tries again, and commits bound the log meanwhile.
    }
  }, CHECKPOINT_INTERVAL_MS);
  checkpoints.unref();
  let stopping = false;
  const prechecks = precheckPending(ctx, { stop: () => stopping }).then(
    () => undefined,
    (err: unknown) => opts.onError('pre-check', err as Error),
  );
  const sync = syncRunnerFor(ctx);
  if (opts.syncIntervalMs !== 0) sync.start(opts.syncIntervalMs);
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      clearInterval(checkpoints);
      await Promise.all([prechecks, sync.stop()]);
    },
  };
}

/** Background work over a running app's store: a restore stops it, swaps the store, starts it again. */
export function startBackgroundWorkOn(live: LiveStore, ctx: ServiceContext, opts: BackgroundOptions): BackgroundWork {
  let work = startBackgroundWork(ctx, opts);
  live.pauseWith(async () => {
    await work.stop();
    return () => {
      work = startBackgroundWork(ctx, opts);
    };
  });
  return { stop: () => work.stop() };
}
