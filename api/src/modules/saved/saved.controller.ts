import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { SavedScenarioListView } from './saved.dto';
import { SavedScenariosService } from './saved.service';

@ApiTags('saved scenarios')
@ApiBearerAuth()
@SignedIn()
@Controller()
export class SavedScenariosController {
  constructor(private readonly saved: SavedScenariosService) {}

  @Put('scenarios/:id/saved')
  @HttpCode(204)
  @ApiOperation({ summary: 'Save (follow) a published scenario', operationId: 'saveScenario' })
  @ApiNoContentResponse()
  save(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.saved.save(ctx, id);
  }

  @Delete('scenarios/:id/saved')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop following a scenario', operationId: 'unsaveScenario' })
  @ApiNoContentResponse()
  remove(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.saved.remove(ctx, id);
  }

  @Get('me/saved-scenarios')
  @ApiOperation({ summary: 'The scenarios I saved, with their deadlines', operationId: 'listSavedScenarios' })
  @ApiOkResponse({ type: SavedScenarioListView })
  async list(@SignedInCtx() ctx: SignedInContext): Promise<SavedScenarioListView> {
    return { items: await this.saved.list(ctx) };
  }
}
