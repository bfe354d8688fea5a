import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptLanguage } from '../../common/http/accept-language.decorator';
import { Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { MatchQueryDto, RecommendationListView, ScenarioMatchListView } from './matching.dto';
import { MatchingService, reasonLanguage } from './matching.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('scenarios/:id/matches')
  @Roles('publisher', 'reviewer', 'admin')
  @ApiOperation({
    summary:
      'Enterprises that fit a scenario, best first, with a score in [0, 1] and reasons (the publishing agency, its review panel, admins)',
    operationId: 'listScenarioMatches',
  })
  @ApiOkResponse({ type: ScenarioMatchListView })
  matches(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: MatchQueryDto,
    @AcceptLanguage() acceptLanguage?: string,
  ): Promise<ScenarioMatchListView> {
    return this.matching.matchesFor(ctx, id, query.limit, reasonLanguage(query.lang, acceptLanguage));
  }

  @Get('me/recommendations')
  @Roles('solver')
  @ApiOperation({ summary: 'Open scenarios that fit my organisation’s capability profile, best first', operationId: 'listRecommendations' })
  @ApiOkResponse({ type: RecommendationListView })
  recommendations(
    @SignedInCtx() ctx: SignedInContext,
    @Query() query: MatchQueryDto,
    @AcceptLanguage() acceptLanguage?: string,
  ): Promise<RecommendationListView> {
    return this.matching.recommendationsFor(ctx, query.limit, reasonLanguage(query.lang, acceptLanguage));
  }
}
