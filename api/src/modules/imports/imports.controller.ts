import { Controller, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../../common/access/access.decorators';
import { SignedInCtx } from '../../common/access/request-context.decorator';
import type { SignedInContext } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
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
  constructor(private readonly scenarios: ScenarioImportService) {}

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
      throw new DomainError('IMPORT_INVALID', 'Send a file in the field "file", or a JSON body { "items": [...] }.', 400);
    return this.scenarios.importFile(ctx, Buffer.from(JSON.stringify(items)), 'json');
  }
}
