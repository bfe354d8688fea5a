import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, Roles } from '../../common/access/access.decorators';
import { Ctx, SignedInCtx } from '../../common/access/request-context.decorator';
import type { RequestContext, SignedInContext } from '../../common/access/principal';
import { contentDisposition } from '../../common/http/content-disposition';
import { AttachmentView, toAttachmentView } from './attachment.views';
import { AttachmentsService, type UploadedFile as Upload } from './attachments.service';

@ApiTags('files')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('scenarios/:id/attachments')
  @Roles('publisher')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Attach a file to my agency’s scenario (type judged by content; size limited)',
    operationId: 'addScenarioAttachment',
  })
  @ApiCreatedResponse({ type: AttachmentView })
  async add(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<AttachmentView> {
    return toAttachmentView(await this.attachments.add(ctx, 'scenario', id, file));
  }

  @Post('milestones/:id/attachments')
  @Roles('publisher', 'admin')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Attach delivery evidence to a milestone (the agency, admins)', operationId: 'addMilestoneEvidence' })
  @ApiCreatedResponse({ type: AttachmentView })
  async addEvidence(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<AttachmentView> {
    return toAttachmentView(await this.attachments.add(ctx, 'milestone', id, file));
  }

  @Delete('scenarios/:id/attachments/:attachmentId')
  @Roles('publisher')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a file from an unpublished scenario', operationId: 'removeScenarioAttachment' })
  @ApiNoContentResponse()
  remove(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(ctx, 'scenario', id, attachmentId);
  }

  @Post('solutions/:id/attachments')
  @Roles('solver')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Attach a file to my solution until the deadline (sealed like the solution)',
    operationId: 'addSolutionAttachment',
  })
  @ApiCreatedResponse({ type: AttachmentView })
  async addToSolution(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<AttachmentView> {
    return toAttachmentView(await this.attachments.add(ctx, 'solution', id, file));
  }

  @Delete('solutions/:id/attachments/:attachmentId')
  @Roles('solver')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a file from my solution until the deadline', operationId: 'removeSolutionAttachment' })
  @ApiNoContentResponse()
  removeFromSolution(
    @SignedInCtx() ctx: SignedInContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(ctx, 'solution', id, attachmentId);
  }

  @Get('attachments/:id/download')
  @Public()
  @ApiOperation({
    summary: 'Download a file (always as an attachment); 404 unless you may read what it belongs to',
    operationId: 'downloadAttachment',
  })
  @ApiProduces('application/octet-stream')
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(ctx, id);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Disposition', contentDisposition(attachment.filename));
    res.setHeader('Content-Length', String(attachment.size));
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(stream);
  }
}
