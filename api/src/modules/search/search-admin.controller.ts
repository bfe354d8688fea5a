import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/access.decorators';
import { SearchSyncService } from './search-sync.service';

export class SearchStatusView {
  @ApiProperty({ description: 'Changes waiting to reach the index' }) pending!: number;
  @ApiProperty({ description: 'Of those, how many have failed at least once' }) failing!: number;
  @ApiProperty({ nullable: true, type: Number }) oldestPendingSeconds!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Last successful sync by this API process' })
  lastSuccessAt!: string | null;
  @ApiProperty() searchUp!: boolean;
  @ApiProperty({ nullable: true, type: Number }) documents!: number | null;
}

@ApiTags('admin: search')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/search')
export class SearchAdminController {
  constructor(private readonly sync: SearchSyncService) {}

  @Get('status')
  @ApiOperation({ summary: 'Search sync health: outbox backlog, failures, index size', operationId: 'getSearchStatus' })
  @ApiOkResponse({ type: SearchStatusView })
  status(): Promise<SearchStatusView> {
    return this.sync.status();
  }
}
