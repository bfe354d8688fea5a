import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { toPage } from '../../common/dto/page';
import { toUserView, UserView } from '../users/user.views';
import { CreateReviewerDto, ReviewerPage, ReviewerQueryDto, ReviewerWithLinkView, UpdateReviewerDto } from './reviewers.dto';
import { ReviewersService, type ReviewerWithLink } from './reviewers.service';
import { StrictRateLimit } from '../../common/http/rate-limit';

const toLinkView = (r: ReviewerWithLink): ReviewerWithLinkView => ({
  reviewer: toUserView(r.reviewer, null),
  link: r.link,
  linkExpiresAt: r.linkExpiresAt.toISOString(),
});

@ApiTags('admin: expert pool')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/reviewers')
export class ReviewersController {
  constructor(private readonly reviewers: ReviewersService) {}

  @Post()
  @StrictRateLimit()
  @ApiOperation({ summary: 'Add an expert to the pool; the response carries their one-time password link', operationId: 'createReviewer' })
  @ApiCreatedResponse({ type: ReviewerWithLinkView })
  async create(@SignedInCtx() ctx: SignedInContext, @Body() body: CreateReviewerDto): Promise<ReviewerWithLinkView> {
    return toLinkView(await this.reviewers.create(ctx, body));
  }

  @Get()
  @ApiOperation({ summary: 'The expert pool', operationId: 'listReviewers' })
  @ApiOkResponse({ type: ReviewerPage })
  async list(@SignedInCtx() ctx: SignedInContext, @Query() query: ReviewerQueryDto): Promise<ReviewerPage> {
    const { items, total } = await this.reviewers.list(ctx, query);
    return toPage(items, total, query, (u) => toUserView(u, null));
  }

  @Post(':id/link')
  @StrictRateLimit()
  @ApiOperation({ summary: 'Issue a new one-time password link (earlier links stop working)', operationId: 'issueReviewerLink' })
  @ApiCreatedResponse({ type: ReviewerWithLinkView })
  async link(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ReviewerWithLinkView> {
    return toLinkView(await this.reviewers.newLink(ctx, id));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a reviewer: their sessions end at once', operationId: 'deactivateReviewer' })
  @ApiOkResponse({ type: UserView })
  async deactivate(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<UserView> {
    return toUserView(await this.reviewers.setActive(ctx, id, false), null);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-activate a reviewer', operationId: 'activateReviewer' })
  @ApiOkResponse({ type: UserView })
  async activate(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<UserView> {
    return toUserView(await this.reviewers.setActive(ctx, id, true), null);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an expert’s name, expertise or affiliations', operationId: 'updateReviewer' })
  @ApiOkResponse({ type: UserView })
  async update(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateReviewerDto,
  ): Promise<UserView> {
    return toUserView(await this.reviewers.update(ctx, id, body), null);
  }
}
