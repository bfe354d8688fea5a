import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { json } from 'express';
import helmet from 'helmet';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';
import { BodyTooDeepError, jsonNestsDeeperThan, MAX_JSON_DEPTH } from './common/http/json-depth';
import { assignRequestId } from './common/http/request-id';
import { createRootLogger, NestPinoLogger } from './common/logging/logger';
import { AppConfig } from './config/app-config';
import { runMigrations } from './database/migrate';
import { DemoDataService } from './modules/demo/demo-data.service';
import { AdminAccountService } from './modules/users/admin-account.service';
import { buildOpenApiDocument } from './openapi';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api/v1';

/** Creates the application exactly as production runs it (tests use this too). */
export async function createApp(config: AppConfig, options: { clock?: Clock } = {}): Promise<NestExpressApplication> {
  const rootLogger = createRootLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock), {
    logger: new NestPinoLogger(rootLogger),
    bodyParser: false,
  });
  await bootstrap(app, config, rootLogger);
  // Modules register their search indexes, file owners and jobs at init; jobs start now, after the start-up tasks.
  await app.init();
  return app;
}

/**
 * Everything between "Nest created the app" and "it may listen": HTTP hardening, body
 * limits, request ids and logs, OpenAPI, the web app, then the start-up tasks (migrations,
 * first admin, demo data).
 */
export async function bootstrap(app: NestExpressApplication, config: AppConfig, rootLogger: PinoLogger): Promise<void> {
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: rootLogger,
      genReqId: assignRequestId,
      autoLogging: { ignore: (req) => req.url === `/${API_PREFIX}/health` },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Ant Design writes its styles at run time (CSS-in-JS).
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: config.isProduction ? undefined : false,
    }),
  );
  app.use(cookieParser());
  // JSON only (files come as multipart, read per route): no form-encoded bodies, which any website could post.
  // (express.json directly: Nest's useBodyParser reserves `verify`, which checks the nesting before parsing.)
  app.use(
    json({
      limit: config.BODY_LIMIT,
      verify: (_req, _res, body: Buffer) => {
        if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) throw new BodyTooDeepError();
      },
    }),
  );
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({ origin: config.CORS_ORIGINS, credentials: true, exposedHeaders: ['X-Request-Id'] });
  }
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'SceneBridge API' });

  const logger = new Logger('Startup');
  if (!serveWebApp(app, config.WEB_DIST_DIR)) {
    logger.log('No built web app to serve (WEB_DIST_DIR is empty or has no index.html); serving the API only.');
  }

  await runStartupTasks(app, config, logger);
}

async function runStartupTasks(app: NestExpressApplication, config: AppConfig, logger: Logger): Promise<void> {
  if (config.RUN_MIGRATIONS) await runMigrations(app.get(DataSource), logger);
  await app.get(AdminAccountService).ensureFirstAdmin();
  if (config.SEED_DEMO_DATA) await app.get(DemoDataService).seedIfEmpty();
}
