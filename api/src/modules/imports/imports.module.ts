import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../../config/app-config';
import { BatchesModule } from '../batches/batches.module';
import { ImportsController } from './imports.controller';
import { CapabilityImportService } from './capability-import.service';
import { ScenarioImportService } from './scenario-import.service';

@Module({
  imports: [
    BatchesModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.MAX_UPLOAD_MB * 1024 * 1024, files: 1 } }),
    }),
  ],
  controllers: [ImportsController],
  providers: [ScenarioImportService, CapabilityImportService],
  exports: [ScenarioImportService, CapabilityImportService],
})
export class ImportsModule {}
