import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/dto/page';
import type { AuditEntryRead } from './audit.service';

export class AuditQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: 'organization.verified' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*$/, { message: 'action must look like organization.verified' })
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ example: 'organization' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class AuditSealView {
  @ApiProperty({ example: 'scenario:7b0c…', description: 'The seal the entry was kept under: a sealed scenario, until its bid opening' })
  key!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'When the seal was released and the entry appended to the log (its own time is occurredAt)',
  })
  releasedAt!: string;
}

export class AuditEntryView {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'E-mail of the acting person, when known' }) actorEmail!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorOrganizationId!: string | null;
  @ApiProperty({ example: 'organization.verified' }) action!: string;
  @ApiProperty({ example: 'organization' }) targetType!: string;
  @ApiProperty({ nullable: true, type: String }) targetId!: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) summary!: Record<string, unknown>;
  @ApiProperty({
    type: AuditSealView,
    nullable: true,
    description:
      'Set on an entry about a sealed scenario’s solutions: such entries are kept out of the log until the bid opening, then appended with their original time',
  })
  seal!: AuditSealView | null;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditPage extends PageOf(AuditEntryView, 'AuditPage') {}

export class ChainBreakView {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: ['HASH_MISMATCH', 'PREVIOUS_HASH_MISMATCH', 'SEQUENCE_GAP', 'SEALED_JOURNAL_MISMATCH'] }) reason!: string;
}

export class ChainReportView {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Entries verified before the first break (or all of them)' }) checked!: number;
  @ApiProperty({ type: ChainBreakView, nullable: true }) firstBroken!: ChainBreakView | null;
}

export class AuditActionsView {
  @ApiProperty({ type: [String] }) items!: string[];
}

export function toAuditEntryView(entry: AuditEntryRead): AuditEntryView {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    actorEmail: entry.actorEmail,
    actorOrganizationId: entry.actorOrganizationId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: entry.requestId,
    ip: entry.ip,
    summary: entry.summary,
    seal: entry.seal ? { key: entry.seal.key, releasedAt: entry.seal.releasedAt } : null,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
}
