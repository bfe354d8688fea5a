import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Roles } from '../../common/access/access.decorators';
import { Ctx, SignedInCtx } from '../../common/access/request-context.decorator';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { toPage } from '../../common/dto/page';
import { contentDisposition } from '../../common/http/content-disposition';
import { ScenarioSearchService } from './scenario-search.service';
import { CreateScenarioDto, PublishScenarioDto, ReasonDto, UpdateScenarioDto } from './dto/scenario-input.dto';
import { ScenarioExportQueryDto, ScenarioListQueryDto, ScenarioSearchQueryDto } from './dto/scenario-query.dto';
import { ScenarioExportService } from './scenario-export.service';
import { ScenarioQueriesService } from './scenario-queries.service';
import { ScenarioReviewService } from './scenario-review.service';
import { toSearchView, ScenarioSearchView } from './scenario-search.views';
import { ScenariosService } from './scenarios.service';
import { ScenarioSummaryPage, ScenarioSummaryView, ScenarioVersionListView, ScenarioView, toScenarioSummary } from './scenario.views';

@ApiTags('scenarios')
@Controller()
export class ScenariosController {
  constructor(
    private readonly scenarios: ScenariosService,
    private readonly review: ScenarioReviewService,
    private readonly queries: ScenarioQueriesService,
    private readonly search: ScenarioSearchService,
    private readonly exporter: ScenarioExportService,
  ) {}

  @Get('scenarios')
  @Public()
  @ApiOperation({ summary: 'Search published scenarios (full text, facets, highlights, sort, pages)', operationId: 'searchScenarios' })
  @ApiOkResponse({ type: ScenarioSearchView })
  async find(@Query() query: ScenarioSearchQueryDto): Promise<ScenarioSearchView> {
    return toSearchView(await this.search.search(query), query.page, query.pageSize);
  }

  @Get('scenarios/export')
  @Public()
  @ApiOperation({
    summary: 'Export a search result as CSV or XLSX with Chinese headers (up to 10,000 rows)',
    operationId: 'exportScenarios',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Query() query: ScenarioExportQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { format, page: _page, pageSize: _size, ...params } = query;
    const file = await this.exporter.export(params, format);
    res.setHeader(
      'Content-Type',
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('Content-Disposition', contentDisposition(`场景机会清单.${format}`));
    return new StreamableFile(file);
  }

  @Get('scenarios/:id')
  @Public()
  @ApiOperation({ summary: 'A scenario; drafts only for their agency and admins (404 for others)', operationId: 'getScenario' })
  @ApiOkResponse({ type: ScenarioView })
  detail(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScenarioView> {
    return this.queries.detail(ctx, id);
  }

  @Get('scenarios/:id/versions')
  @Public()
  @ApiOperation({ summary: 'Published versions, newest first, each with its field-by-field changes', operationId: 'listScenarioVersions' })
  @ApiOkResponse({ type: ScenarioVersionListView })
  async versions(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScenarioVersionListView> {
    return { items: await this.queries.versions(ctx, id) };
  }

  @Post('scenarios')
  @Roles('publisher')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a draft scenario for my agency', operationId: 'createScenario' })
  @ApiCreatedResponse({ type: ScenarioView })
  async create(@SignedInCtx() ctx: SignedInContext, @Body() body: CreateScenarioDto): Promise<ScenarioView> {
    const scenario = await this.scenarios.create(ctx, body);
    return this.queries.detail(ctx, scenario.id);
  }

  @Patch('scenarios/:id')
  @Roles('publisher')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Edit a draft or returned scenario; on an open one, publish an amendment (new version)',
    description:
      'The deadline of a published scenario only moves later (422 DEADLINE_ONLY_LATER otherwise); once it has passed the scenario is closed and cannot be amended or reopened (422 DEADLINE_PASSED). A change to anything but the wording of the title and summary within 3 days of the deadline moves the deadline at least 3 days later.',
    operationId: 'updateScenario',
  })
  @ApiOkResponse({ type: ScenarioView })
  async update(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateScenarioDto,
  ): Promise<ScenarioView> {
    await this.scenarios.update(ctx, id, body);
    return this.queries.detail(ctx, id);
  }

  @Delete('scenarios/:id')
  @Roles('publisher')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an unpublished draft', operationId: 'deleteScenario' })
  @ApiNoContentResponse()
  remove(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.scenarios.remove(ctx, id);
  }

  @Post('scenarios/:id/submit')
  @Roles('publisher')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit for the platform’s review (verified agencies; 422 SCENARIO_INCOMPLETE lists what is missing)',
    operationId: 'submitScenario',
  })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async submit(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.scenarios.submit(ctx, id));
  }

  @Post('scenarios/:id/withdraw')
  @Roles('publisher')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a scenario back from review into draft', operationId: 'withdrawScenario' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async withdraw(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.scenarios.withdraw(ctx, id));
  }

  @Post('scenarios/:id/cancel')
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a published scenario with a public reason (its agency or an admin)', operationId: 'cancelScenario' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async cancel(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReasonDto,
  ): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.scenarios.cancel(ctx, id, body.reason));
  }

  @Post('scenarios/:id/publish')
  @Roles('admin')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a submitted scenario into a batch (assigns its code)', operationId: 'publishScenario' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async publish(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PublishScenarioDto,
  ): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.review.publish(ctx, id, body.batchId));
  }

  @Post('scenarios/:id/return')
  @Roles('admin')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submitted scenario to its agency with reasons', operationId: 'returnScenario' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async return(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReasonDto,
  ): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.review.return(ctx, id, body.reason));
  }

  @Get('organizations/me/scenarios')
  @Roles('publisher')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My agency’s scenarios in every status', operationId: 'listMyScenarios' })
  @ApiOkResponse({ type: ScenarioSummaryPage })
  async mine(@SignedInCtx() ctx: SignedInContext, @Query() query: ScenarioListQueryDto): Promise<ScenarioSummaryPage> {
    const { items, total, nextCursor } = await this.queries.mine(ctx, query);
    return { ...toPage(items, total, query, toScenarioSummary), nextCursor };
  }

  @Get('admin/scenarios')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Scenarios by status (the review queue is ?status=pending_review, oldest first)',
    operationId: 'adminListScenarios',
  })
  @ApiOkResponse({ type: ScenarioSummaryPage })
  async forAdmin(@Query() query: ScenarioListQueryDto): Promise<ScenarioSummaryPage> {
    const { items, total, nextCursor } = await this.queries.forAdmin(query);
    return { ...toPage(items, total, query, toScenarioSummary), nextCursor };
  }
}
