import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { BatchListView, BatchView, CreateBatchDto, toBatchView, UpdateBatchDto } from './batches.dto';
import { BatchesService } from './batches.service';

@ApiTags('batches')
@Controller()
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @Get('batches')
  @Public()
  @ApiOperation({ summary: 'Published batches with their scenario counts, newest first', operationId: 'listBatches' })
  @ApiOkResponse({ type: BatchListView })
  async list(): Promise<BatchListView> {
    return { items: (await this.batches.list(false)).map(({ batch, count }) => toBatchView(batch, count)) };
  }

  @Get('admin/batches')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'All batches, planned ones included', operationId: 'adminListBatches' })
  @ApiOkResponse({ type: BatchListView })
  async all(): Promise<BatchListView> {
    return { items: (await this.batches.list(true)).map(({ batch, count }) => toBatchView(batch, count)) };
  }

  @Post('admin/batches')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Plan a new batch', operationId: 'createBatch' })
  @ApiCreatedResponse({ type: BatchView })
  async create(@SignedInCtx() ctx: SignedInContext, @Body() body: CreateBatchDto): Promise<BatchView> {
    return toBatchView(await this.batches.create(ctx, body), 0);
  }

  @Patch('admin/batches/:id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Rename a batch or change its status', operationId: 'updateBatch' })
  @ApiOkResponse({ type: BatchView })
  async update(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateBatchDto,
  ): Promise<BatchView> {
    const batch = await this.batches.update(ctx, id, body);
    const count = (await this.batches.list(true)).find((b) => b.batch.id === id)?.count ?? 0;
    return toBatchView(batch, count);
  }
}
