import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { contentDisposition } from '../../common/http/content-disposition';
import { AgencyStatisticsView, StatisticsView, StatsExportQueryDto } from './stats.dto';
import { StatsService } from './stats.service';

@ApiTags('statistics')
@Controller()
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('stats')
  @Public()
  @ApiOperation({
    summary: 'Public figures: by sector, region, batch and status; the funnel; time to award; per agency',
    operationId: 'getStatistics',
  })
  @ApiOkResponse({ type: StatisticsView })
  figures(): Promise<StatisticsView> {
    return this.stats.figures();
  }

  @Get('stats/export')
  @Public()
  @ApiOperation({ summary: 'The public figures as CSV or XLSX', operationId: 'exportStatistics' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Query() query: StatsExportQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.stats.export(query.format);
    res.setHeader(
      'Content-Type',
      query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('Content-Disposition', contentDisposition(`场景机会清单统计.${query.format}`));
    return new StreamableFile(file);
  }

  @Get('organizations/me/stats')
  @Roles('publisher')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My agency’s own analytics, with one line per scenario', operationId: 'getAgencyStatistics' })
  @ApiOkResponse({ type: AgencyStatisticsView })
  mine(@SignedInCtx() ctx: SignedInContext): Promise<AgencyStatisticsView> {
    return this.stats.mine(ctx);
  }
}
