import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Serves the built web app on the same origin as the API: hashed assets are cached for a
 * year and sent precompressed (Brotli, else gzip, as the browser accepts; see
 * web/scripts/precompress.mjs), every other non-API GET that wants HTML gets index.html
 * (client-side routing).
 * Returns false when there is nothing to serve.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const indexHtml = distDir ? path.resolve(distDir, 'index.html') : '';
  if (!indexHtml || !existsSync(indexHtml)) return false;
  app.use(
    expressStaticGzip(path.resolve(distDir), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, file) => {
          const hashed = file.includes(`${path.sep}assets${path.sep}`);
          res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      (req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/api') && req.accepts(['html', 'json']) === 'html';
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
