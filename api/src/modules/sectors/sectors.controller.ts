import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { CreateSectorDto, SectorListView, SectorView, toView, UpdateSectorDto } from './sectors.dto';
import { SectorsService } from './sectors.service';

@ApiTags('sectors')
@Controller()
export class SectorsController {
  constructor(private readonly sectors: SectorsService) {}

  @Get('sectors')
  @Public()
  @ApiOperation({ summary: 'Active sectors, in display order', operationId: 'listSectors' })
  @ApiOkResponse({ type: SectorListView })
  async list(): Promise<SectorListView> {
    return { items: (await this.sectors.list(false)).map(toView) };
  }

  @Get('admin/sectors')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'All sectors, inactive ones included', operationId: 'adminListSectors' })
  @ApiOkResponse({ type: SectorListView })
  async all(): Promise<SectorListView> {
    return { items: (await this.sectors.list(true)).map(toView) };
  }

  @Post('admin/sectors')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a sector', operationId: 'createSector' })
  @ApiCreatedResponse({ type: SectorView })
  async create(@SignedInCtx() ctx: SignedInContext, @Body() body: CreateSectorDto): Promise<SectorView> {
    return toView(await this.sectors.create(ctx, body));
  }

  @Patch('admin/sectors/:code')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Rename, reorder, or (de)activate a sector', operationId: 'updateSector' })
  @ApiOkResponse({ type: SectorView })
  async update(@SignedInCtx() ctx: SignedInContext, @Param('code') code: string, @Body() body: UpdateSectorDto): Promise<SectorView> {
    return toView(await this.sectors.update(ctx, code, body));
  }
}
