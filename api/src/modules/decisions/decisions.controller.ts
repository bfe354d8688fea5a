import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../common/access/access.decorators';
import { Ctx, SignedInCtx } from '../../common/access/request-context.decorator';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { PageQuery } from '../../common/dto/page';
import { ScenarioSummaryView, toScenarioSummary } from '../scenarios/scenario.views';
import {
  AnnounceDto,
  AnnouncementListView,
  AnnouncementView,
  AwardDto,
  FeedbackView,
  NoAwardDto,
  ObjectionDto,
  ObjectionResponseDto,
  ObjectionView,
  ReleaseFeedbackDto,
  ShortlistDto,
} from './decisions.dto';
import { DecisionsService } from './decisions.service';
import { ResultsService } from './results.service';

@ApiTags('decisions and results')
@Controller()
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly results: ResultsService,
  ) {}

  @Post('scenarios/:id/shortlist')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Shortlist solutions (a later round chooses among the shortlisted)', operationId: 'shortlist' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async shortlist(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ShortlistDto) {
    return toScenarioSummary(await this.decisions.shortlist(ctx, id, body.solutionIds));
  }

  @Post('scenarios/:id/award')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Award one or more solutions; the others are not selected', operationId: 'award' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async award(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AwardDto) {
    return toScenarioSummary(await this.decisions.award(ctx, id, body.solutionIds, body.note));
  }

  @Post('scenarios/:id/no-award')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Declare that nothing is awarded, with a public reason', operationId: 'declareNoAward' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async noAward(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: NoAwardDto) {
    return toScenarioSummary(await this.decisions.noAward(ctx, id, body.reason));
  }

  @Post('scenarios/:id/announcement')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Announce the result publicly (公示) with an objection period', operationId: 'announce' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async announce(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AnnounceDto) {
    return toScenarioSummary(await this.decisions.announce(ctx, id, body.text, new Date(body.objectionEndsAt)));
  }

  @Get('results')
  @Public()
  @ApiOperation({ summary: 'Announced results, newest first', operationId: 'listResults' })
  @ApiOkResponse({ type: AnnouncementListView })
  async list(@Ctx() ctx: RequestContext, @Query() query: PageQuery): Promise<AnnouncementListView> {
    return { items: await this.results.list(ctx, query.page, query.pageSize) };
  }

  @Get('scenarios/:id/announcement')
  @Public()
  @ApiOperation({ summary: 'The announced result of a scenario, with its objection period', operationId: 'getAnnouncement' })
  @ApiOkResponse({ type: AnnouncementView })
  announcement(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<AnnouncementView> {
    return this.results.announcement(ctx, id);
  }

  @Post('scenarios/:id/objections')
  @Roles('solver')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Object to an announced result (during the objection period; 422 after)', operationId: 'fileObjection' })
  @ApiOkResponse({ type: ObjectionView })
  object(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ObjectionDto,
  ): Promise<ObjectionView> {
    return this.results.object(ctx, id, body.text);
  }

  @Post('objections/:id/response')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Answer an objection (once)', operationId: 'answerObjection' })
  @ApiOkResponse({ type: ObjectionView })
  respond(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ObjectionResponseDto,
  ): Promise<ObjectionView> {
    return this.results.respond(ctx, id, body.response);
  }

  @Post('solutions/:id/feedback')
  @HttpCode(204)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Release the review feedback to the enterprise: scores and the chosen comments',
    operationId: 'releaseFeedback',
  })
  @ApiNoContentResponse()
  release(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReleaseFeedbackDto,
  ): Promise<void> {
    return this.results.releaseFeedback(ctx, id, body.commentReviewerIds);
  }

  @Get('solutions/:id/feedback')
  @Roles('solver')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The released feedback on my solution', operationId: 'getFeedback' })
  @ApiOkResponse({ type: FeedbackView })
  feedback(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<FeedbackView> {
    return this.results.feedback(ctx, id);
  }
}
