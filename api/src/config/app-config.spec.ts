import { ConfigError, loadConfig } from './app-config';

const minimal = { DATABASE_URL: 'postgres://u:p@db:5432/app', MEILI_URL: 'http://search:7700', JWT_SECRET: 'x'.repeat(40) };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies documented defaults to a minimal environment', () => {
    const config = loadConfig(minimal);
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
      RUN_MIGRATIONS: true,
      SEED_DEMO_DATA: false,
      CORS_ORIGINS: [],
      RATE_LIMIT_PER_MINUTE: 1200,
      LOG_FORMAT: 'json',
      MEILI_INDEX_PREFIX: '',
    });
  });

  it('converts numbers, booleans and lists from their string form', () => {
    const config = loadConfig({
      ...minimal,
      PORT: '8080',
      SEED_DEMO_DATA: 'yes',
      RUN_MIGRATIONS: '0',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.PORT).toBe(8080);
    expect(config.SEED_DEMO_DATA).toBe(true);
    expect(config.RUN_MIGRATIONS).toBe(false);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('names every missing required variable at once', () => {
    const problems = problemsOf({});
    expect(problems.some((p) => p.startsWith('DATABASE_URL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('MEILI_URL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('JWT_SECRET:'))).toBe(true);
  });

  it.each([
    ['PORT', 'eighty', 'PORT:'],
    ['PORT', '70000', 'PORT:'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL:'],
    ['MEILI_URL', 'search:7700', 'MEILI_URL:'],
    ['MEILI_MASTER_KEY', 'short', 'MEILI_MASTER_KEY:'],
    ['SEED_DEMO_DATA', 'maybe', 'SEED_DEMO_DATA:'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL:'],
    ['MEILI_INDEX_PREFIX', 'a b', 'MEILI_INDEX_PREFIX:'],
    ['BODY_LIMIT', 'huge', 'BODY_LIMIT:'],
    ['JWT_SECRET', 'too-short', 'JWT_SECRET:'],
    ['PUBLIC_URL', 'https://portal.example.cn/path', 'PUBLIC_URL:'],
  ])('rejects %s=%j with a message naming the variable', (name, value, expected) => {
    const problems = problemsOf({ ...minimal, [name]: value });
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('accepts a test clock file only under NODE_ENV=test', () => {
    expect(problemsOf({ ...minimal, TEST_CLOCK_FILE: '/tmp/offset' })).toEqual(['TEST_CLOCK_FILE is for tests only (NODE_ENV=test)']);
    expect(loadConfig({ ...minimal, NODE_ENV: 'test', TEST_CLOCK_FILE: '/tmp/offset' }).TEST_CLOCK_FILE).toBe('/tmp/offset');
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ ...minimal, ADMIN_EMAIL: 'root@example.com' })).toContain('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
    expect(problemsOf({ ...minimal, ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'long-enough-1' })).toEqual([]);
  });

  it('produces one readable message listing the problems', () => {
    expect(() => loadConfig({ ...minimal, PORT: 'x' })).toThrow(/Invalid configuration:\n {2}- PORT:/);
  });
});
