import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, loadConfig } from '../config/app-config';
import { Clock, SystemClock } from './clock';

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
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
