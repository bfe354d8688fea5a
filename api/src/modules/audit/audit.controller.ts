import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/access.decorators';
import { toPage } from '../../common/dto/page';
import { AuditActionsView, AuditPage, AuditQueryDto, ChainReportView, toAuditEntryView } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('admin: audit log')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit log entries, newest first, filterable', operationId: 'listAuditEntries' })
  @ApiOkResponse({ type: AuditPage })
  async list(@Query() query: AuditQueryDto): Promise<AuditPage> {
    const { items, total } = await this.audit.list(query);
    return toPage(items, total, query, toAuditEntryView);
  }

  @Get('actions')
  @ApiOperation({ summary: 'The distinct actions recorded so far', operationId: 'listAuditActions' })
  @ApiOkResponse({ type: AuditActionsView })
  async actions(): Promise<AuditActionsView> {
    return { items: await this.audit.actions() };
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify the hash chain and report the first broken entry', operationId: 'verifyAuditChain' })
  @ApiOkResponse({ type: ChainReportView })
  verify(): Promise<ChainReportView> {
    return this.audit.verifyChain();
  }
}
