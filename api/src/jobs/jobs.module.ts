import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';

/** The job runner, for every module that has background work, and its admin view. */
@Global()
@Module({ providers: [JobRunner], controllers: [JobsController], exports: [JobRunner] })
export class JobsModule {}
