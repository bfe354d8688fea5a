import request from 'supertest';
import { eventually } from '../eventually';
import { Harness, publishScenario, type Session } from '../factories';
import { listRoutes } from '../routes';
import { createScratchDatabase } from '../scratch-database';

/**
 * Requests generated from the OpenAPI document, for every operation: malformed, oversized,
 * wrong-typed and hostile values in the path, the query and the body. Whatever the input, the
 * API must not answer 5xx, and every error must have the contract's shape.
 */

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
};
type Operation = {
  operationId?: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const HOSTILE_STRINGS = [
  "' OR '1'='1' --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'a\u0000b',
  '\ud800',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '%00%2e%2e%2f',
  '😀'.repeat(50),
];
const LONG = 'x'.repeat(100_000);

/** Operations that would end the fuzzing session itself. */
const SKIP = new Set(['POST /api/v1/auth/logout']);

describe('security: requests generated from the OpenAPI document', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let doc: Document;
  const sessions: Record<string, Session | null> = {};
  /** Access rule of each operation, by "METHOD /path" with {param} placeholders. */
  const rules = new Map<string, { kind: string; roles?: string[] }>();

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({
      DATABASE_URL: scratch.url,
      RUN_MIGRATIONS: 'true',
      RATE_LIMIT_PER_MINUTE: '1000000',
      OUTBOX_WORKER: 'true',
      OUTBOX_POLL_MS: '50',
    });
    doc = (await h.http().get('/api/docs-json').expect(200)).body as Document;
    const agency = await h.registerVerified({ kind: 'agency' });
    // A published scenario in the search index: hostile filters then reach Meilisearch itself.
    await publishScenario(h, agency.session);
    await eventually(async () => expect((await h.http().get('/api/v1/scenarios').expect(200)).body.total).toBe(1));
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    const admin = await h.adminSession();
    const reviewer = await h.addReviewer({ displayName: '安全测试专家', expertise: ['计算机视觉'] });
    Object.assign(sessions, {
      public: null,
      admin,
      publisher: agency.session,
      solver: enterprise.session,
      reviewer: reviewer.session,
    });
    for (const route of listRoutes(h.app)) {
      const key = `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`;
      rules.set(key, route.access as { kind: string; roles?: string[] });
    }
  });
  afterAll(async () => {
    await h?.close();
    await scratch?.drop();
  });

  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf?.length) return resolve(schema.allOf[0]);
    return schema;
  };

  /** Values of the wrong type, or hostile, for a property of this schema. */
  function badValues(schema: Schema): unknown[] {
    const s = resolve(schema);
    const wrong: Record<string, unknown[]> = {
      string: [12345, true, ['x'], { x: 1 }, LONG, ...HOSTILE_STRINGS],
      number: ['abc', -1e308, 1e308, 1e21, -1e21, 'NaN', [1], { n: 1 }],
      integer: ['abc', 1.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER * 4, 1e21, [1]],
      boolean: ['yes', 2, [true]],
      array: ['x', { a: 1 }, Array.from({ length: 5000 }, () => 'x'), [null], [{ $gt: '' }], HOSTILE_STRINGS],
      object: ['x', 42, [], { __proto__: { admin: true } }, { constructor: { prototype: { admin: true } } }],
    };
    return [null, ...(wrong[s.type ?? (s.properties ? 'object' : 'string')] ?? wrong.string)];
  }

  /** A plausible body: every property present, strings set to `text`. */
  function plausible(schema: Schema, text: string, depth = 0): unknown {
    const s = resolve(schema);
    if (s.enum?.length) return s.enum[0];
    switch (s.type ?? (s.properties ? 'object' : 'string')) {
      case 'object':
        return depth > 3 ? {} : Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, text, depth + 1)]));
      case 'array':
        return depth > 3 ? [] : [plausible(s.items ?? {}, text, depth + 1)];
      case 'number':
      case 'integer':
        return 1;
      case 'boolean':
        return true;
      default:
        return text;
    }
  }

  function sessionFor(method: string, path: string): Session | null {
    const rule = rules.get(`${method} ${path}`);
    if (!rule || rule.kind === 'public') return null;
    if (rule.kind === 'roles') return sessions[rule.roles![0]] ?? null;
    return sessions.solver;
  }

  it('answers every generated request without a 5xx, and every error in the contract’s shape', async () => {
    const failures: string[] = [];
    let sent = 0;
    const check = (label: string, response: request.Response) => {
      sent++;
      if (response.status >= 500) {
        failures.push(`${label} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
        return;
      }
      if (response.status >= 400) {
        const b = response.body as Record<string, unknown>;
        const shaped =
          b.statusCode === response.status &&
          typeof b.code === 'string' &&
          /^[A-Z][A-Z0-9_]*$/.test(b.code) &&
          typeof b.message === 'string' &&
          typeof b.requestId === 'string';
        if (!shaped) failures.push(`${label} → ${response.status} not in the error shape: ${JSON.stringify(b).slice(0, 200)}`);
      }
    };

    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [lower, op] of Object.entries(item)) {
        const method = lower.toUpperCase();
        if (SKIP.has(`${method} ${template}`)) continue;
        const session = sessionFor(method, template);
        const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        const query = (op.parameters ?? []).filter((p) => p.in === 'query');
        const fill = (value: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => (params.includes(name) ? value : ''));
        const send = (path: string) => {
          const r = h.http()[lower as 'get'](path);
          return session ? r.set(session.auth) : r;
        };
        const label = (what: string) => `${method} ${template} [${what}]`;

        // The path: malformed identifiers, traversal, oversized.
        const pathValues = params.length
          ? [
              'not-a-uuid',
              encodeURIComponent("' OR 1=1--"),
              '..%2F..%2Fetc%2Fpasswd',
              'x'.repeat(3000),
              '%00',
              '00000000-0000-4000-8000-000000000000',
            ]
          : [''];
        for (const value of pathValues) check(label(`path ${value.slice(0, 20)}`), await send(fill(value)));

        const base = fill('00000000-0000-4000-8000-000000000000');
        // The query: each parameter wrong-typed or hostile, and repeated.
        for (const q of query) {
          for (const value of [
            'abc',
            '-1',
            '1e309',
            '1e21',
            '-1e21',
            '99999999999999999999',
            '0x10',
            'x'.repeat(5000),
            "'; DROP TABLE users;--",
            'a\u0000b',
          ]) {
            check(
              label(`query ${q.name}=${value.slice(0, 12)}`),
              await send(`${base}?${encodeURIComponent(q.name)}=${encodeURIComponent(value)}`),
            );
          }
          check(label(`query ${q.name} twice`), await send(`${base}?${q.name}=1&${q.name}=2`));
        }

        // The body: malformed JSON, the wrong shape, every property wrong-typed or hostile.
        if (!['POST', 'PUT', 'PATCH'].includes(method)) continue;
        check(label('malformed JSON'), await send(base).set('Content-Type', 'application/json').send('{"a":'));
        check(label('array body'), await send(base).send([]));
        check(label('text body'), await send(base).set('Content-Type', 'text/plain').send('hello'));
        // Nested thousands of levels deep: refused before anything walks it.
        for (const [open, close] of [
          ['[', ']'],
          ['{"a":', '}'],
        ]) {
          const deep = await send(base)
            .set('Content-Type', 'application/json')
            .send(`${open.repeat(5000)}1${close.repeat(5000)}`);
          check(label(`nested ${open}`), deep);
          if (deep.status !== 400 || deep.body.code !== 'BODY_TOO_DEEP')
            failures.push(`${label(`nested ${open}`)} → ${deep.status} ${deep.body.code} instead of 400 BODY_TOO_DEEP`);
        }
        const json = op.requestBody?.content['application/json']?.schema;
        if (!json) continue;
        const schema = resolve(json);
        // Every string with a NUL byte (PostgreSQL cannot store one), then each property spoilt in turn.
        check(label('NUL bytes in strings'), await send(base).send(plausible(schema, 'nul\u0000byte') as object));
        const valid = plausible(schema, 'fuzz');
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          for (const bad of badValues(property)) {
            const body = { ...(valid as Record<string, unknown>), [name]: bad };
            check(label(`body ${name}=${JSON.stringify(bad)?.slice(0, 20)}`), await send(base).send(body));
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(2000);
    expect(failures).toEqual([]);
    // Thousands of requests: a minute alone on a busy 2-core machine is not enough.
  }, 180_000);
});
