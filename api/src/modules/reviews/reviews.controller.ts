import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { PanelService } from './panel.service';
import { ReviewingService } from './reviewing.service';
import {
  AssignmentListView,
  AssignPanelDto,
  DeclarationDto,
  PanelSuggestionListView,
  PanelView,
  RankingView,
  ReviewerSolutionListView,
  ReviewView,
  ScoreDto,
  SolutionReviewsView,
} from './reviews.dto';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewsController {
  constructor(
    private readonly panels: PanelService,
    private readonly reviewing: ReviewingService,
  ) {}

  @Get('scenarios/:id/panel')
  @Roles('publisher', 'admin')
  @ApiOperation({ summary: 'The review panel of a scenario and its progress (the agency, admins)', operationId: 'getPanel' })
  @ApiOkResponse({ type: PanelView })
  panel(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<PanelView> {
    return this.panels.panel(ctx, id);
  }

  @Get('scenarios/:id/panel/suggestions')
  @Roles('publisher', 'admin')
  @ApiOperation({
    summary: 'Experts whose expertise fits the scenario, with conflicts of interest flagged',
    description:
      'Only after the deadline (the bid opening): conflicts name applicants, so before it the answer is 409 PANEL_AFTER_DEADLINE.',
    operationId: 'suggestPanel',
  })
  @ApiOkResponse({ type: PanelSuggestionListView })
  async suggestions(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<PanelSuggestionListView> {
    return { items: await this.panels.suggestions(ctx, id) };
  }

  @Post('scenarios/:id/panel')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiOperation({
    summary: 'Add reviewers to the panel (after the deadline); the scenario is then under review',
    operationId: 'assignPanel',
  })
  @ApiOkResponse({ type: PanelView })
  assign(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AssignPanelDto,
  ): Promise<PanelView> {
    return this.panels.assign(ctx, id, body.reviewerIds);
  }

  @Delete('scenarios/:id/panel/:reviewerId')
  @HttpCode(204)
  @Roles('publisher', 'admin')
  @ApiOperation({ summary: 'Remove a reviewer who has not started', operationId: 'unassignPanel' })
  @ApiNoContentResponse()
  unassign(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('reviewerId', new ParseUUIDPipe()) reviewerId: string,
  ): Promise<void> {
    return this.panels.unassign(ctx, id, reviewerId);
  }

  @Get('scenarios/:id/ranking')
  @Roles('publisher', 'admin')
  @ApiOperation({
    summary: 'Ranking by mean total with spread, per-criterion means and outlying reviewers (once the panel is complete)',
    operationId: 'getRanking',
  })
  @ApiOkResponse({ type: RankingView })
  ranking(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<RankingView> {
    return this.panels.ranking(ctx, id);
  }

  @Get('reviewer/assignments')
  @Roles('reviewer')
  @ApiOperation({ summary: 'The scenarios I review, with my progress', operationId: 'listAssignments' })
  @ApiOkResponse({ type: AssignmentListView })
  async assignments(@SignedInCtx() ctx: SignedInContext): Promise<AssignmentListView> {
    return { items: await this.reviewing.assignments(ctx) };
  }

  @Get('reviewer/scenarios/:id/solutions')
  @Roles('reviewer')
  @ApiOperation({
    summary: 'The solutions I review for a scenario: applicants, detected conflicts, my reviews',
    operationId: 'listReviewerSolutions',
  })
  @ApiOkResponse({ type: ReviewerSolutionListView })
  solutions(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ReviewerSolutionListView> {
    return this.reviewing.solutions(ctx, id);
  }

  @Post('solutions/:id/declaration')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Declare no conflict of interest (then the solution can be read) or recuse', operationId: 'declareConflict' })
  @ApiOkResponse({ type: ReviewView })
  declare(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DeclarationDto,
  ): Promise<ReviewView> {
    return this.reviewing.declare(ctx, id, body);
  }

  @Put('solutions/:id/review')
  @Roles('reviewer')
  @ApiOperation({ summary: 'Score a solution on the rubric, with a comment', operationId: 'scoreSolution' })
  @ApiOkResponse({ type: ReviewView })
  score(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ScoreDto): Promise<ReviewView> {
    return this.reviewing.score(ctx, id, body);
  }

  @Get('solutions/:id/reviews')
  @Roles('reviewer', 'publisher', 'admin')
  @ApiOperation({
    summary: 'The reviews of a solution: for a reviewer after submitting their own; for the agency once the panel is complete',
    operationId: 'listSolutionReviews',
  })
  @ApiOkResponse({ type: SolutionReviewsView })
  reviews(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<SolutionReviewsView> {
    return this.reviewing.reviewsOf(ctx, id);
  }
}
