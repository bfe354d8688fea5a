import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`SceneBridge API cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`SceneBridge API cannot start: port ${config.PORT} on ${config.HOST} is already in use. Set PORT to a free port.`);
      await app.close();
      process.exit(1);
    }
    throw error;
  }
  new Logger('Startup').log(`SceneBridge API listening on http://${config.HOST}:${config.PORT}`);
}

main().catch((error: unknown) => {
  console.error('SceneBridge API failed to start:', error);
  process.exit(1);
});
