import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import path from 'node:path';
import { AppConfig } from '../../config/app-config';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage, LocalDiskStorage } from './file-storage';

@Module({
  imports: [
    ScenariosModule,
    SolutionsModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      // Uploads are held in memory up to the limit, checked, then written under a generated name.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    { provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalDiskStorage(path.resolve(config.UPLOAD_DIR)) },
  ],
})
export class FilesModule {}
