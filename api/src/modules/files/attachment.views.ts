import { ApiProperty } from '@nestjs/swagger';
import type { Attachment } from './attachment.entity';

export class AttachmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '路口清单.xlsx' }) filename!: string;
  @ApiProperty({ example: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) contentType!: string;
  @ApiProperty({ example: 18432 }) size!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ example: '/api/v1/attachments/…/download' }) downloadUrl!: string;
}

export function toAttachmentView(a: Attachment): AttachmentView {
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    createdAt: a.createdAt.toISOString(),
    downloadUrl: `/api/v1/attachments/${a.id}/download`,
  };
}
