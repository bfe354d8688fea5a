import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export { freePort } from './ports';

export interface ServicesRequest {
  /** Data folder; a fresh temporary one when omitted. */
  dataDir?: string;
  postgres?: boolean | { port?: number; database?: string };
  meili?: boolean | { port?: number; masterKey?: string };
}

export interface SpawnedServices {
  dataDir: string;
  postgres?: { url: string; port: number; pid: number };
  meili?: { url: string; port: number; masterKey: string; pid: number };
  /** Stops the servers gracefully and waits for them. */
  stop(): Promise<void>;
}

/** A fresh temporary folder that PostgreSQL (running as its own user when we are root) can enter. */
export function makeTempDataDir(prefix = 'scenebridge-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Starts real PostgreSQL and/or Meilisearch in a child process (see services.ts). Works from
 * any runtime, Jest workers included, because the servers' ESM-only packages load in the child.
 * If this process dies, the child notices its closed stdin and stops the servers.
 */
export function spawnServices(request: ServicesRequest): Promise<SpawnedServices> {
  const dataDir = request.dataDir ?? makeTempDataDir();
  const args = [path.join(__dirname, 'services.js'), '--data-dir', dataDir];
  if (request.postgres) {
    args.push('--postgres');
    const pg = typeof request.postgres === 'object' ? request.postgres : {};
    if (pg.port) args.push('--postgres-port', String(pg.port));
    if (pg.database) args.push('--database', pg.database);
  }
  if (request.meili) {
    args.push('--meili');
    const meili = typeof request.meili === 'object' ? request.meili : {};
    if (meili.port) args.push('--meili-port', String(meili.port));
    if (meili.masterKey) args.push('--meili-key', meili.masterKey);
  }
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const ready = JSON.parse(line) as Omit<SpawnedServices, 'stop' | 'dataDir'>;
      resolve({
        ...ready,
        dataDir,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`services exited with code ${code}: ${stderr.trim()}`)));
  });
}
