import { Controller, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { CapabilityImportService } from './capability-import.service';
import { ScenarioImportService } from './scenario-import.service';
import { formatOf, MAX_ROWS } from './table-parser';

export class ImportResultView {
  @ApiProperty({ example: 66 }) imported!: number;
  @ApiProperty({ example: 2, description: 'Agencies created because they were not registered yet' }) organizationsCreated!: number;
  @ApiProperty({ example: 1 }) batchesCreated!: number;
}

@ApiTags('admin: import')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/import')
export class ImportsController {
  constructor(
    private readonly scenarios: ScenarioImportService,
    private readonly capabilities: CapabilityImportService,
  ) {}

  @Post('capabilities')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    description: `A .json, .csv or .xlsx file (field "file") or { items: [...] }; rows: name, creditCode?, region, description, tags, sectors, qualifications, cases (JSON objects, or lines "title / client / year / outcome").`,
    schema: {
      oneOf: [
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
        { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } },
      ],
    },
  })
  @ApiOperation({
    summary: 'Import enterprise capabilities: creates or updates verified enterprises with open profiles; all rows or none',
    operationId: 'importCapabilities',
  })
  @ApiCreatedResponse({ type: ImportResultView })
  async importCapabilities(
    @SignedInCtx() ctx: SignedInContext,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Req() req: Request,
  ): Promise<ImportResultView> {
    const { data, format } = this.input(file, req);
    return this.capabilities.importFile(ctx, data, format);
  }

  private input(
    file: { buffer: Buffer; originalname: string } | undefined,
    req: Request,
  ): { data: Buffer; format: ReturnType<typeof formatOf> } {
    if (file) return { data: file.buffer, format: formatOf(file.originalname, file.buffer) };
    const body = req.body as unknown;
    const items = Array.isArray(body) ? body : (body as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items))
      throw new DomainError('IMPORT_INVALID', 'Send a file in the field "file", or a JSON body { "items": [...] }.');
    return { data: Buffer.from(JSON.stringify(items)), format: 'json' };
  }

  @Post('scenarios')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    description: `A .json, .csv or .xlsx file in the multipart field "file" (first row: headers, Chinese or English), or a JSON body { items: [...] }; at most ${MAX_ROWS} rows. Row fields: code?, title, publisher, sector, region, description, tags, budgetMin?, budgetMax?, deadline?, batch?, summary?, scope?, cooperationMode?`,
    schema: {
      oneOf: [
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
        { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } },
      ],
    },
  })
  @ApiOperation({
    summary: 'Import a published scenario list; any invalid row → 400 IMPORT_INVALID with row numbers, nothing imported',
    operationId: 'importScenarios',
  })
  @ApiCreatedResponse({ type: ImportResultView })
  async importScenarios(
    @SignedInCtx() ctx: SignedInContext,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Req() req: Request,
  ): Promise<ImportResultView> {
    if (file) return this.scenarios.importFile(ctx, file.buffer, formatOf(file.originalname, file.buffer));
    const body = req.body as unknown;
    const items = Array.isArray(body) ? body : (body as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items))
      throw new DomainError('IMPORT_INVALID', 'Send a file in the field "file", or a JSON body { "items": [...] }.');
    return this.scenarios.importFile(ctx, Buffer.from(JSON.stringify(items)), 'json');
  }
}
