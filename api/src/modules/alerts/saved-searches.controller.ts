import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { CreateSavedSearchDto, SavedSearchListView, SavedSearchView, toSavedSearchView, UpdateSavedSearchDto } from './saved-searches.dto';
import { SavedSearchesService } from './saved-searches.service';

@ApiTags('saved searches')
@ApiBearerAuth()
@SignedIn()
@Controller('me/saved-searches')
export class SavedSearchesController {
  constructor(private readonly searches: SavedSearchesService) {}

  @Get()
  @ApiOperation({ summary: 'My saved searches', operationId: 'listSavedSearches' })
  @ApiOkResponse({ type: SavedSearchListView })
  async list(@SignedInCtx() ctx: SignedInContext): Promise<SavedSearchListView> {
    return { items: (await this.searches.list(ctx)).map(toSavedSearchView) };
  }

  @Post()
  @ApiOperation({
    summary: 'Save a search; with alerts, newly published scenarios it finds are notified',
    operationId: 'createSavedSearch',
  })
  @ApiCreatedResponse({ type: SavedSearchView })
  async create(@SignedInCtx() ctx: SignedInContext, @Body() body: CreateSavedSearchDto): Promise<SavedSearchView> {
    return toSavedSearchView(await this.searches.create(ctx, body));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename a saved search or switch its alerts', operationId: 'updateSavedSearch' })
  @ApiOkResponse({ type: SavedSearchView })
  async update(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateSavedSearchDto,
  ): Promise<SavedSearchView> {
    return toSavedSearchView(await this.searches.update(ctx, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved search', operationId: 'deleteSavedSearch' })
  @ApiNoContentResponse()
  remove(@SignedInCtx() ctx: SignedInContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.searches.remove(ctx, id);
  }
}
