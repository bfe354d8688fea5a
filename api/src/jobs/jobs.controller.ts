import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/access.decorators';
import { JobRunner } from './job-runner';

export class JobStatsView {
  @ApiProperty({ example: 'outbox', description: 'outbox (search sync and alerts), deadlines, results or mail' }) name!: string;
  @ApiProperty({ description: 'Whether this API process runs the job (a separate worker process may run it instead)' })
  enabled!: boolean;
  @ApiProperty() running!: boolean;
  @ApiProperty({ description: 'Rounds run since this process started' }) runs!: number;
  @ApiProperty() failures!: number;
  @ApiProperty({ description: 'Failures since the last success (the backoff grows with it)' }) consecutiveFailures!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastRunAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastSuccessAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastDurationMs!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The wait chosen after the last round' }) lastWaitMs!: number | null;
}

@ApiTags('admin: operations')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/jobs')
export class JobsController {
  constructor(private readonly jobs: JobRunner) {}

  @Get()
  @ApiOperation({ summary: "This API process's background jobs: runs, failures, last error", operationId: 'listJobs' })
  @ApiOkResponse({ type: JobStatsView, isArray: true })
  list(): JobStatsView[] {
    return this.jobs.stats();
  }
}
