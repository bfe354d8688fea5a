import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, loadConfig } from '../config/app-config';
import { Clock, FileOffsetClock, SystemClock } from './clock';

export interface CoreOptions {
  config?: AppConfig;
  clock?: Clock;
}

/** Provides the validated configuration and the clock to every module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions = {}): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useFactory: () => options.config ?? loadConfig() },
        {
          provide: Clock,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            options.clock ?? (config.TEST_CLOCK_FILE ? new FileOffsetClock(config.TEST_CLOCK_FILE) : new SystemClock()),
        },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
