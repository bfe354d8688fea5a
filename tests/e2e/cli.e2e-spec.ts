import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('reindex rebuilds the search index and reports progress', () => {
    const result = cli('reindex');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Reindexing scenarios: \d+\/\d+ \(100%\)/);
    expect(result.stdout).toMatch(/Done: \d+ scenarios and \d+ profiles in [\d.]+ s; the new indexes are live\./);
  });

  it('import takes a CSV list, and refuses a file with a bad row naming the row', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scenebridge-import-'));
    const good = path.join(dir, 'list.csv');
    const tag = randomBytes(3).toString('hex');
    writeFileSync(
      good,
      `场景名称,发布单位,所属领域,地区,场景描述,能力需求,批次\n命令行导入场景 ${tag},命令行导入局 ${tag},智能政务,浙江省/滨江市,描述,大模型,2033年第一批\n`,
    );
    const ok = cli('import', '--kind', 'scenarios', '--file', good);
    expect(ok.stdout).toContain('Imported 1 scenarios (1 new agencies, 1 new batches).');
    expect(ok.status).toBe(0);

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(
      bad,
      '场景名称,发布单位,所属领域,地区,场景描述,能力需求\n好行,某局,government,北京市,描述,标签\n坏行,某局,没有这个领域,北京市,描述,标签\n',
    );
    const refused = cli('import', '--kind', 'scenarios', '--file', bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Import refused (IMPORT_INVALID)');
    expect(refused.stderr).toContain('row 3: sector');
    rmSync(dir, { recursive: true, force: true });
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
