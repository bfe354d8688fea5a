/**
 * `npm test`: every check the project is held to, in order, with a plain summary at the end.
 *   node infra/local/dist/run-checks.js [--only lint,typecheck,api-types,audit,unit,integration,e2e]
 * Runs all steps even when one fails, so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './paths';

interface Step {
  name: string;
  title: string;
  /** true passed, false failed, 'skipped' could not run here (said why). */
  run: () => boolean | 'skipped';
}

const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

function sh(command: string, args: string[], options: { capture?: boolean } = {}): { ok: boolean; stdout: string } {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

const all = (...results: boolean[]) => results.every(Boolean);

function typecheck(): boolean {
  return ['shared', 'infra/local', 'api', 'web', 'tests']
    .map((project) => {
      console.log(`tsc --noEmit -p ${project}`);
      return sh(bin('tsc'), ['--noEmit', '-p', project]).ok;
    })
    .every(Boolean);
}

/** The committed OpenAPI document and generated types must match what the API produces now. */
function apiTypesUpToDate(): boolean {
  const tmp = mkdtempSync(path.join(tmpdir(), 'scenebridge-api-types-'));
  try {
    const json = path.join(tmp, 'openapi.json');
    const schema = path.join(tmp, 'schema.ts');
    if (!sh(process.execPath, [path.join(REPO_ROOT, 'api/dist/cli.js'), 'openapi', '--out', json]).ok) return false;
    if (!sh(bin('openapi-typescript'), [json, '-o', schema, '--silent']).ok) return false;
    const drifted = [
      [json, 'shared/openapi.json'],
      [schema, 'shared/src/api/schema.ts'],
    ].filter(([fresh, committed]) => readFileSync(fresh, 'utf8') !== readFileSync(path.join(REPO_ROOT, committed), 'utf8'));
    for (const [, committed] of drifted)
      console.error(`${committed} is out of date with the API; run "npm run gen:api" and commit the result.`);
    return drifted.length === 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Browser tests need Debian's Chromium and a CJK font; install them when this machine lacks them. */
function ensureChromium(): boolean {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return true;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is missing at ${chromium}. Install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`);
    return false;
  }
  console.log('Installing Chromium and a CJK font for the browser tests (apt-get)…');
  return all(
    sh('apt-get', ['update', '-qq']).ok,
    sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']).ok,
  );
}

/**
 * `npm audit` of the production dependencies: fails on any high or critical advisory. Some
 * networks only proxy the registry's GET routes; when the audit endpoint cannot be reached the
 * step says so and is skipped rather than passed.
 */
function auditProduction(): boolean | 'skipped' {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, { severity: string }> };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    report = {};
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = (result.stdout.match(/"message":\s*"([^"]+)"/) ?? [])[1] ?? result.stderr.trim().split('\n')[0] ?? 'no answer';
    console.warn(`npm audit could not reach the registry's audit endpoint (${reason}); skipped.`);
    return 'skipped';
  }
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
  for (const [name, v] of serious) console.error(`${v.severity}: ${name}`);
  console.log(`npm audit (production): ${JSON.stringify(counts)}`);
  return serious.length === 0;
}

const jest = (config: string) => sh(bin('jest'), ['-c', config, '--ci']).ok;

const STEPS: Step[] = [
  {
    name: 'lint',
    title: 'Lint (ESLint, zero warnings) and formatting (Prettier)',
    run: () => all(sh(bin('eslint'), ['.', '--max-warnings', '0']).ok, sh(bin('prettier'), ['--check', '.', '--log-level', 'warn']).ok),
  },
  { name: 'typecheck', title: 'Type checks of every workspace', run: typecheck },
  { name: 'api-types', title: 'Generated API types match the OpenAPI document', run: apiTypesUpToDate },
  {
    name: 'architecture',
    title: 'Module dependencies point one way (no new cycle, no foreign entity), graph in ARCHITECTURE current',
    run: () => sh(process.execPath, [path.join(__dirname, 'architecture.js')]).ok,
  },
  { name: 'audit', title: 'No high or critical advisory in production dependencies (npm audit)', run: auditProduction },
  {
    name: 'unit',
    title: 'Unit and component tests (shared, infra, api, web)',
    run: () =>
      all(jest('shared/jest.config.js'), jest('infra/local/jest.config.js'), jest('api/jest.unit.config.js'), jest('web/jest.config.cjs')),
  },
  {
    name: 'integration',
    title: 'Integration tests (api, real PostgreSQL + Meilisearch)',
    run: () => jest('api/jest.integration.config.js'),
  },
  {
    name: 'e2e',
    title: 'End-to-end tests (built product, Chromium, launcher)',
    run: () => ensureChromium() && jest('tests/jest.config.js'),
  },
];

function main(): void {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !STEPS.some((s) => s.name === name)) ?? [];
  if (unknown.length) {
    console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const results: { step: Step; ok: boolean | 'skipped'; seconds: number }[] = [];
  for (const step of STEPS.filter((s) => !only || only.includes(s.name))) {
    console.log(`\n=== ${step.title} ===`);
    const started = Date.now();
    const ok = step.run();
    results.push({ step, ok, seconds: (Date.now() - started) / 1000 });
  }
  const width = Math.max(...results.map((r) => r.step.title.length));
  console.log('\n=== Summary ===');
  for (const r of results) {
    const verdict = r.ok === 'skipped' ? 'SKIP' : r.ok ? 'PASS' : 'FAIL';
    console.log(`${verdict}  ${r.step.title.padEnd(width)}  ${r.seconds.toFixed(1)} s`);
  }
  const failed = results.filter((r) => r.ok === false).length;
  const skipped = results.filter((r) => r.ok === 'skipped').length;
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  console.log(
    failed
      ? `\n${failed} of ${results.length} steps failed (${total.toFixed(0)} s).`
      : `\nAll ${results.length - skipped} steps passed${skipped ? `, ${skipped} skipped` : ''} (${total.toFixed(0)} s).`,
  );
  process.exit(failed ? 1 : 0);
}

main();
