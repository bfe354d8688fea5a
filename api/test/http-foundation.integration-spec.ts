import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import request from 'supertest';
import { startTestApp } from './test-app';

const ASSET_TEXT = 'console.log("SceneBridge asset")';

describe('HTTP foundation (errors, request ids, headers, CORS, rate limit, docs, web app)', () => {
  let app: NestExpressApplication;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'scenebridge-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>SceneBridge test shell</title>');
    writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), ASSET_TEXT);
    // What web/scripts/precompress.mjs writes beside each asset.
    writeFileSync(path.join(webDir, 'assets', 'app-1234.js.br'), brotliCompressSync(ASSET_TEXT));
    writeFileSync(path.join(webDir, 'assets', 'app-1234.js.gz'), gzipSync(ASSET_TEXT));
    app = await startTestApp({ WEB_DIST_DIR: webDir, BODY_LIMIT: '2kb' });
  });

  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const http = () => request(app.getHttpServer());

  it('answers an unknown API route with 404 ROUTE_NOT_FOUND in the error shape, with the request id of the response header', async () => {
    const response = await http().get('/api/v1/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: expect.stringContaining('/api/v1/no-such-thing'),
      requestId: response.headers['x-request-id'],
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON, not 500', async () => {
    const response = await http().post('/api/v1/health').set('Content-Type', 'application/json').send('{"broken": ').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    expect(typeof response.body.requestId).toBe('string');
  });

  it('answers a body over BODY_LIMIT with 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(4096) });
    const response = await http().post('/api/v1/health').set('Content-Type', 'application/json').send(big).expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('keeps a well-formed incoming X-Request-Id and replaces a hostile one', async () => {
    const kept = await http().get('/api/v1/nothing').set('X-Request-Id', 'gateway-req-00042').expect(404);
    expect(kept.headers['x-request-id']).toBe('gateway-req-00042');
    expect(kept.body.requestId).toBe('gateway-req-00042');

    const replaced = await http().get('/api/v1/nothing').set('X-Request-Id', '<script>alert(1)</script>').expect(404);
    expect(replaced.headers['x-request-id']).not.toContain('<');
    expect(replaced.body.requestId).toBe(replaced.headers['x-request-id']);
  });

  it('sends security headers and hides the framework', async () => {
    const response = await http().get('/api/v1/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('does not allow cross-origin browser calls by default (CORS off)', async () => {
    const response = await http().get('/api/v1/health').set('Origin', 'https://evil.example').expect(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await http()
      .options('/api/v1/health')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document at /api/docs-json and the explorer at /api/docs', async () => {
    const json = await http().get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toContain('/api/v1/health');
    const ui = await http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('serves the web app: index.html for pages, long-cached hashed assets, JSON errors under /api', async () => {
    const home = await http().get('/').set('Accept', 'text/html').expect(200);
    expect(home.text).toContain('SceneBridge test shell');
    expect(home.headers['cache-control']).toBe('no-cache');

    const deepLink = await http().get('/scenarios/some-id').set('Accept', 'text/html').expect(200);
    expect(deepLink.text).toContain('SceneBridge test shell');

    const asset = await http().get('/assets/app-1234.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');

    // Precompressed copies: Brotli when accepted, else gzip, else the file itself — same bytes after decoding.
    const raw = (req: request.Test) =>
      req.buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const br = await raw(http().get('/assets/app-1234.js').set('Accept-Encoding', 'gzip, deflate, br')).expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toContain('immutable');
    // supertest decodes the body as a browser would.
    expect((br.body as Buffer).toString()).toBe(ASSET_TEXT);
    const gz = await raw(http().get('/assets/app-1234.js').set('Accept-Encoding', 'gzip')).expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect((gz.body as Buffer).toString()).toBe(ASSET_TEXT);
    const plain = await raw(http().get('/assets/app-1234.js').set('Accept-Encoding', 'identity')).expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Buffer).toString()).toBe(ASSET_TEXT);

    const apiMiss = await http().get('/api/v1/unknown').set('Accept', 'text/html').expect(404);
    expect(apiMiss.body.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('optional CORS allow-list', () => {
  it('allows exactly the configured origins', async () => {
    const app = await startTestApp({ CORS_ORIGINS: 'https://portal.example.gov.cn, https://partner.example.com' });
    try {
      const allowed = await request(app.getHttpServer()).get('/api/v1/health').set('Origin', 'https://partner.example.com').expect(200);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.com');
      const other = await request(app.getHttpServer()).get('/api/v1/health').set('Origin', 'https://evil.example').expect(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('global rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a client exceeds RATE_LIMIT_PER_MINUTE', async () => {
    const app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) await request(app.getHttpServer()).get('/api/v1/health').expect(200);
      const limited = await request(app.getHttpServer()).get('/api/v1/health').expect(429);
      expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
