import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { REPO_ROOT } from '../support/product';

/** Runs an operator command of the built API against the end-to-end product's database. */
function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      MEILI_URL: process.env.E2E_MEILI_URL,
      MEILI_MASTER_KEY: process.env.E2E_MEILI_MASTER_KEY,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
    },
  });
}

describe('operator commands', () => {
  it('audit:verify reports an intact chain with exit code 0', () => {
    const result = cli('audit:verify');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Audit log intact: \d+ entries verified\./);
  });

  it('migrate reports an up-to-date database', () => {
    const result = cli('migrate');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('The database is up to date.');
  });

  it('refuses to start with a clear message when the configuration is invalid', () => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'api', 'dist', 'cli.js'), 'migrate'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'mysql://nope', MEILI_URL: 'http://127.0.0.1:1', JWT_SECRET: 'short' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: DATABASE_URL must be a postgres:// connection URL');
    expect(result.stderr).toContain('JWT_SECRET: JWT_SECRET must be at least 32 characters');
  });
});
