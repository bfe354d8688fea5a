import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../common/access/access.decorators';
import { Ctx, SignedInCtx } from '../../common/access/request-context.decorator';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { ScenarioSummaryView, toScenarioSummary } from '../scenarios/scenario.views';
import type { Milestone } from './milestone.entity';
import { FailureDto, MilestoneDto, MilestoneView, OutcomeView, UpdateMilestoneDto } from './outcomes.dto';
import { OutcomesService } from './outcomes.service';

const toView = (m: Milestone): MilestoneView => ({
  id: m.id,
  title: m.title,
  dueDate: m.dueDate,
  doneOn: m.doneOn,
  note: m.note,
  evidence: [],
  evidenceCount: 0,
});

@ApiTags('outcomes')
@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('scenarios/:id/outcome')
  @Public()
  @ApiOperation({ summary: 'Delivery milestones and outcome of a scenario', operationId: 'getOutcome' })
  @ApiOkResponse({ type: OutcomeView })
  outcome(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<OutcomeView> {
    return this.outcomes.outcome(ctx, id);
  }

  @Post('scenarios/:id/milestones')
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a delivery milestone', operationId: 'addMilestone' })
  @ApiCreatedResponse({ type: MilestoneView })
  async add(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: MilestoneDto,
  ): Promise<MilestoneView> {
    return toView(await this.outcomes.addMilestone(ctx, id, body));
  }

  @Patch('milestones/:id')
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change a milestone (e.g. mark it reached)', operationId: 'updateMilestone' })
  @ApiOkResponse({ type: MilestoneView })
  async update(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateMilestoneDto,
  ): Promise<MilestoneView> {
    return toView(await this.outcomes.updateMilestone(ctx, id, body));
  }

  @Post('scenarios/:id/landed')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Confirm the pilot landed (落地)', operationId: 'confirmLanded' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async landed(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.outcomes.landed(ctx, id));
  }

  @Post('scenarios/:id/failed')
  @HttpCode(200)
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Record that the delivery failed, with a reason', operationId: 'markFailed' })
  @ApiOkResponse({ type: ScenarioSummaryView })
  async failed(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: FailureDto,
  ): Promise<ScenarioSummaryView> {
    return toScenarioSummary(await this.outcomes.failed(ctx, id, body.reason));
  }
}
