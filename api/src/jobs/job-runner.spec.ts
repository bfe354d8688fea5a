import { Logger } from '@nestjs/common';
import { JobRunner, type JobDefinition } from './job-runner';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function job(overrides: Partial<JobDefinition> & Pick<JobDefinition, 'run'>): JobDefinition {
  return { name: 'test', enabled: true, idleMs: 60_000, backoffMs: 60_000, maxBackoffMs: 60_000, ...overrides };
}

describe('JobRunner', () => {
  beforeAll(() => Logger.overrideLogger(false));
  let runner: JobRunner;
  beforeEach(() => {
    runner = new JobRunner();
  });
  afterEach(async () => {
    await runner.stop();
  });

  it('starts enabled jobs with the application and leaves disabled ones alone', async () => {
    let on = 0;
    let off = 0;
    runner.register(job({ name: 'on', run: async () => void on++ }));
    runner.register(job({ name: 'off', enabled: false, run: async () => void off++ }));
    await tick(20);
    expect(on).toBe(0);
    runner.onApplicationBootstrap();
    await tick(20);
    expect(on).toBe(1);
    expect(off).toBe(0);
    expect(runner.stats().find((s) => s.name === 'off')).toMatchObject({ enabled: false, runs: 0 });
  });

  it('refuses two jobs of the same name', () => {
    runner.register(job({ run: async () => undefined }));
    expect(() => runner.register(job({ run: async () => undefined }))).toThrow(/registered twice/);
  });

  it('runs again at once while the job says there is more, then waits its idle time', async () => {
    let left = 3;
    let runs = 0;
    runner.register(
      job({
        run: async () => {
          runs++;
          if (left === 0) return undefined;
          left--;
          return 0;
        },
      }),
    );
    runner.onApplicationBootstrap();
    await tick(50);
    expect(runs).toBe(4);
    await tick(50);
    expect(runs).toBe(4);
  });

  it('a wake-up ends the wait; one that comes during a round starts the next round without waiting', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    runner.register(
      job({
        run: () => {
          runs++;
          return runs === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
        },
      }),
    );
    runner.onApplicationBootstrap();
    await tick(20);
    expect(runs).toBe(1);
    runner.wake('test');
    await tick(20);
    expect(runs).toBe(2);
    // Woken while the second round still runs: the third follows at once.
    runner.wake('test');
    release();
    await tick(20);
    expect(runs).toBe(3);
    runner.wake('nobody');
  });

  it('backs off after failures, doubling up to the limit, and records them', async () => {
    const times: number[] = [];
    runner.register(
      job({
        backoffMs: 20,
        maxBackoffMs: 40,
        run: async () => {
          times.push(Date.now());
          throw new Error('search is down');
        },
      }),
    );
    runner.onApplicationBootstrap();
    await tick(200);
    const [stats] = runner.stats();
    expect(stats.failures).toBeGreaterThanOrEqual(3);
    expect(stats.consecutiveFailures).toBe(stats.failures);
    expect(stats.lastError).toBe('search is down');
    expect(stats.lastSuccessAt).toBeNull();
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    // Capped at the limit.
    expect(stats.lastWaitMs).toBe(40);
  });

  it('a success after failures resets the backoff and the error', async () => {
    let runs = 0;
    runner.register(
      job({
        backoffMs: 10,
        maxBackoffMs: 10,
        run: async () => {
          runs++;
          if (runs < 3) throw new Error('not yet');
        },
      }),
    );
    runner.onApplicationBootstrap();
    await tick(100);
    const [stats] = runner.stats();
    expect(stats).toMatchObject({ runs: 3, failures: 2, consecutiveFailures: 0, lastError: null, lastWaitMs: 60_000 });
    expect(stats.lastSuccessAt).not.toBeNull();
  });

  it('stop waits for the round under way and runs no further round', async () => {
    let finished = false;
    let runs = 0;
    runner.register(
      job({
        run: async () => {
          runs++;
          await tick(50);
          finished = true;
          return 0;
        },
      }),
    );
    runner.onApplicationBootstrap();
    await tick(10);
    await runner.stop();
    expect(finished).toBe(true);
    expect(runs).toBe(1);
    expect(runner.stats()[0].running).toBe(false);
  });
});
