import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { createRootLogger, NestPinoLogger } from './common/logging/logger';
import { ConfigError, loadConfig } from './config/app-config';
import { JobRunner } from './jobs/job-runner';

/**
 * The background worker as its own process (`npm run worker`): the same modules as the API,
 * no HTTP, only the job runner — the outbox (search sync and alerts) when OUTBOX_WORKER is on,
 * deadlines, results and e-mail when SCHEDULER is on. Run the API with both off to keep
 * background work out of the request-serving processes; any number of workers may run.
 * SIGTERM or SIGINT lets the rounds under way finish, then the worker exits.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`SceneBridge worker cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: new NestPinoLogger(createRootLogger(config)),
  });
  await app.init();
  const logger = new Logger('Worker');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing the rounds under way`);
    app
      .close()
      .then(() => {
        logger.log('SceneBridge worker stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error('SceneBridge worker did not stop cleanly:', error);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  const jobs = app
    .get(JobRunner)
    .stats()
    .filter((j) => j.enabled)
    .map((j) => j.name);
  logger.log(
    jobs.length
      ? `SceneBridge worker running: ${jobs.join(', ')}`
      : 'SceneBridge worker has nothing to run (OUTBOX_WORKER and SCHEDULER are both off); exiting.',
  );
  if (jobs.length === 0) await app.close();
}

main().catch((error: unknown) => {
  console.error('SceneBridge worker failed to start:', error);
  process.exit(1);
});
