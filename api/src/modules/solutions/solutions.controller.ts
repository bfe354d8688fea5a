import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles, SignedIn } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { contentDisposition } from '../../common/http/content-disposition';
import {
  MineQueryDto,
  ReceivedCountView,
  SolutionExportQueryDto,
  SolutionFieldsDto,
  SolutionListView,
  SolutionVersionListView,
  SolutionView,
} from './dto/solution.dto';
import { SolutionReadsService } from './solution-reads.service';
import { toSolutionSummary, toSolutionView } from './solution.views';
import { SolutionsService } from './solutions.service';

@ApiTags('solutions')
@ApiBearerAuth()
@Controller()
export class SolutionsController {
  constructor(
    private readonly solutions: SolutionsService,
    private readonly reads: SolutionReadsService,
  ) {}

  @Post('scenarios/:id/solutions')
  @Roles('solver')
  @ApiOperation({
    summary: 'Start a solution (draft) for an open scenario; one active solution per enterprise; 422 DEADLINE_PASSED after the deadline',
    operationId: 'createSolution',
  })
  @ApiCreatedResponse({ type: SolutionView })
  async create(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SolutionFieldsDto,
  ): Promise<SolutionView> {
    const solution = await this.solutions.create(ctx, id, body);
    const { solution: full, attachments } = await this.reads.detail(ctx, solution.id);
    return toSolutionView(full, attachments);
  }

  @Get('scenarios/:id/solutions/count')
  @SignedIn()
  @ApiOperation({
    summary: 'How many solutions were received (the agency and admins; always available, even while sealed)',
    operationId: 'countSolutions',
  })
  @ApiOkResponse({ type: ReceivedCountView })
  count(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ReceivedCountView> {
    return this.reads.count(ctx, id);
  }

  @Get('scenarios/:id/solutions')
  @SignedIn()
  @ApiOperation({
    summary: 'Solutions received (the agency and admins); 403 SEALED_UNTIL_DEADLINE before the deadline of a sealed scenario',
    operationId: 'listScenarioSolutions',
  })
  @ApiOkResponse({ type: SolutionListView })
  async list(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SolutionListView> {
    return { items: (await this.reads.forScenario(ctx, id)).solutions.map(toSolutionSummary) };
  }

  @Get('scenarios/:id/solutions/export')
  @SignedIn()
  @ApiOperation({ summary: 'The received solutions as CSV or XLSX (same access as the list)', operationId: 'exportScenarioSolutions' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: SolutionExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.reads.export(ctx, id, query.format);
    res.setHeader(
      'Content-Type',
      query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('Content-Disposition', contentDisposition(`收到的方案.${query.format}`));
    return new StreamableFile(file);
  }

  @Get('solutions/mine')
  @Roles('solver')
  @ApiOperation({ summary: 'My enterprise’s solutions with their scenarios and deadlines', operationId: 'listMySolutions' })
  @ApiOkResponse({ type: SolutionListView })
  async mine(@SignedInCtx() ctx: SignedInContext, @Query() query: MineQueryDto): Promise<SolutionListView> {
    return { items: (await this.reads.mine(ctx, query.status)).map(toSolutionSummary) };
  }

  @Get('solutions/:id')
  @SignedIn()
  @ApiOperation({
    summary: 'A solution, for those the sealing rule allows (404 for everyone else); every read is audited',
    operationId: 'getSolution',
  })
  @ApiOkResponse({ type: SolutionView })
  async detail(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SolutionView> {
    const { solution, attachments } = await this.reads.detail(ctx, id);
    return toSolutionView(solution, attachments);
  }

  @Get('solutions/:id/versions')
  @SignedIn()
  @ApiOperation({ summary: 'Every submitted version of a solution, newest first', operationId: 'listSolutionVersions' })
  @ApiOkResponse({ type: SolutionVersionListView })
  async versions(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SolutionVersionListView> {
    return {
      items: (await this.reads.versions(ctx, id)).map((v) => ({
        version: v.version,
        createdAt: v.createdAt.toISOString(),
        snapshot: v.snapshot,
      })),
    };
  }

  @Patch('solutions/:id')
  @Roles('solver')
  @ApiOperation({ summary: 'Edit my solution until the deadline (a submitted one keeps each version)', operationId: 'updateSolution' })
  @ApiOkResponse({ type: SolutionView })
  async update(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SolutionFieldsDto,
  ): Promise<SolutionView> {
    await this.solutions.update(ctx, id, body);
    const { solution, attachments } = await this.reads.detail(ctx, id);
    return toSolutionView(solution, attachments);
  }

  @Post('solutions/:id/submit')
  @Roles('solver')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit my solution (verified enterprises; 422 SOLUTION_INCOMPLETE or DEADLINE_PASSED)',
    operationId: 'submitSolution',
  })
  @ApiOkResponse({ type: SolutionView })
  async submit(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SolutionView> {
    await this.solutions.submit(ctx, id);
    const { solution, attachments } = await this.reads.detail(ctx, id);
    return toSolutionView(solution, attachments);
  }

  @Post('solutions/:id/withdraw')
  @Roles('solver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my solution before the deadline', operationId: 'withdrawSolution' })
  @ApiOkResponse({ type: SolutionView })
  async withdraw(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SolutionView> {
    await this.solutions.withdraw(ctx, id);
    const { solution, attachments } = await this.reads.detail(ctx, id);
    return toSolutionView(solution, attachments);
  }
}
