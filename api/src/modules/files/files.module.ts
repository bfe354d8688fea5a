import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import path from 'node:path';
import { AppConfig } from '../../config/app-config';
import { AttachmentOwners } from './attachment-owners';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage, LocalDiskStorage } from './file-storage';

/**
 * Files for every module: storage, content sniffing, the attachment records and their routes.
 * The modules that own files (scenarios, solutions, outcomes) register their rules in
 * `AttachmentOwners`; files imports none of them.
 */
@Global()
@Module({
  imports: [
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
    AttachmentOwners,
    AttachmentsService,
    { provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalDiskStorage(path.resolve(config.UPLOAD_DIR)) },
  ],
  exports: [AttachmentOwners],
})
export class FilesModule {}
