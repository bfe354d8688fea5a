import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';

/** One kind of background work, run again and again by the job runner. */
export interface JobDefinition {
  /** A short, unique name (`outbox`, `deadlines`, `results`, `mail`): logs, metrics and `wake()`. */
  name: string;
  /** Whether this process runs the job (configuration; a worker process runs what the API does not). */
  enabled: boolean;
  /**
   * Does one round of work. Returns how long to wait before the next round in milliseconds
   * (0: at once, there is more), or nothing for `idleMs`. Throwing counts as a failure.
   */
  run: () => Promise<number | void>;
  /** The wait between rounds when `run` does not say. */
  idleMs: number;
  /** The wait after a first failure; it doubles with every further failure, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

/** What the runner knows of a job (health and metrics). */
export interface JobStats {
  name: string;
  enabled: boolean;
  running: boolean;
  runs: number;
  failures: number;
  consecutiveFailures: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastDurationMs: number | null;
  lastError: string | null;
  /** The wait chosen after the last round (its own, idle or backoff), in milliseconds. */
  lastWaitMs: number | null;
}

interface JobState {
  definition: JobDefinition;
  stats: JobStats;
  loop: Promise<void> | null;
  /** Ends the current wait early. */
  wakeUp: (() => void) | null;
  /** A wake-up came while the job was running: the next round starts without waiting. */
  woken: boolean;
}

/**
 * The one place background work runs: each registered job in its own loop, one round at a
 * time, with its wait, its backoff after failures, its figures, an early wake-up after a
 * commit (`wake`) and a graceful stop (the round under way finishes). Jobs claim their rows
 * themselves, in short transactions, so several processes can run the same job.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobRunner');
  private readonly jobs = new Map<string, JobState>();
  private started = false;
  private stopped = false;

  /** Adds a job (modules register theirs in `onModuleInit`); it starts with the application. */
  register(definition: JobDefinition): void {
    if (this.jobs.has(definition.name)) throw new Error(`job "${definition.name}" is registered twice`);
    const state: JobState = {
      definition,
      stats: {
        name: definition.name,
        enabled: definition.enabled,
        running: false,
        runs: 0,
        failures: 0,
        consecutiveFailures: 0,
        lastRunAt: null,
        lastSuccessAt: null,
        lastDurationMs: null,
        lastError: null,
        lastWaitMs: null,
      },
      loop: null,
      wakeUp: null,
      woken: false,
    };
    this.jobs.set(definition.name, state);
    if (this.started && !this.stopped) this.startJob(state);
  }

  onApplicationBootstrap(): void {
    this.started = true;
    for (const state of this.jobs.values()) this.startJob(state);
  }

  /** Before any module lets go of its resources (the database connection closes on shutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Stops every loop; resolves when the rounds under way are over. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const state of this.jobs.values()) state.wakeUp?.();
    await Promise.all([...this.jobs.values()].map((s) => s.loop));
  }

  /** Runs a job's next round now instead of after its wait (e.g. after a commit that gave it work). */
  wake(name: string): void {
    const state = this.jobs.get(name);
    if (!state) return;
    if (state.wakeUp) state.wakeUp();
    else state.woken = true;
  }

  stats(): JobStats[] {
    return [...this.jobs.values()].map((s) => ({ ...s.stats }));
  }

  private startJob(state: JobState): void {
    if (!state.definition.enabled || state.loop) return;
    state.loop = this.loop(state);
  }

  private async loop(state: JobState): Promise<void> {
    const { definition, stats } = state;
    while (!this.stopped) {
      state.woken = false;
      stats.running = true;
      const started = Date.now();
      stats.lastRunAt = new Date(started).toISOString();
      let wait: number;
      try {
        const asked = await definition.run();
        wait = asked ?? definition.idleMs;
        stats.consecutiveFailures = 0;
        stats.lastSuccessAt = new Date().toISOString();
        stats.lastError = null;
      } catch (error) {
        stats.failures++;
        stats.consecutiveFailures++;
        stats.lastError = (error as Error).message;
        wait = Math.min(definition.backoffMs * 2 ** (stats.consecutiveFailures - 1), definition.maxBackoffMs);
        this.logger.warn(`Job ${definition.name} failed (next try in ${wait} ms): ${stats.lastError}`);
      } finally {
        stats.runs++;
        stats.running = false;
        stats.lastDurationMs = Date.now() - started;
      }
      stats.lastWaitMs = wait;
      if (this.stopped) break;
      if (state.woken && stats.consecutiveFailures === 0) continue;
      await this.sleep(state, wait);
    }
  }

  private sleep(state: JobState, ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        state.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      state.wakeUp = done;
    });
  }
}
