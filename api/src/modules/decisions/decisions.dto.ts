import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OrganizationRefView } from '../scenarios/scenario.views';
import { CriterionMeanView } from '../reviews/reviews.dto';
import { trim } from '../../common/validators';

export class ShortlistDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Solutions that go on (a later round must choose among the shortlisted)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  solutionIds!: string[];
}

export class AwardDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'One or more shortlisted solutions' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  solutionIds!: string[];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why these were chosen (public)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class NoAwardDto {
  @ApiProperty({ maxLength: 2000, description: 'Why nothing is awarded (public)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class AnnounceDto {
  @ApiProperty({ maxLength: 10000, description: 'The text of the announcement (公示)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  text!: string;

  @ApiProperty({ format: 'date-time', description: 'End of the objection period: at least 1 day and at most 60 days from now' })
  @IsDateString({ strict: true }, { message: 'objectionEndsAt must be an ISO 8601 date-time' })
  objectionEndsAt!: string;
}

export class ObjectionDto {
  @ApiProperty({ maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text!: string;
}

export class ObjectionResponseDto {
  @ApiProperty({ maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  response!: string;
}

export class ReleaseFeedbackDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Reviewers whose comments the enterprise may read (scores are always released)',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  commentReviewerIds!: string[];
}

export class AwardedSolutionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({ nullable: true, type: Number, description: '万元' }) priceQuote!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Panel mean, out of 100' }) score!: number | null;
}

export class ObjectionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty({ nullable: true, type: String }) response!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) respondedAt!: string | null;
}

export class AnnouncementView {
  @ApiProperty({ format: 'uuid' }) scenarioId!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: OrganizationRefView }) agency!: OrganizationRefView;
  @ApiProperty() status!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) announcedAt!: string;
  @ApiProperty({ format: 'date-time' }) objectionEndsAt!: string;
  @ApiProperty({ description: 'The objection period is running' }) objectionsOpen!: boolean;
  @ApiProperty({ description: 'The result is final (period over, every objection answered)' }) final!: boolean;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty({ type: [AwardedSolutionView] }) awarded!: AwardedSolutionView[];
  @ApiProperty() objections!: number;
  @ApiProperty() objectionsAnswered!: number;
  @ApiProperty({ type: [ObjectionView], description: 'Objections the caller may read: its own, or all for the agency and admins' })
  visibleObjections!: ObjectionView[];
}

export class AnnouncementListView {
  @ApiProperty({ type: [AnnouncementView] }) items!: AnnouncementView[];
}

export class FeedbackCommentView {
  @ApiProperty() comment!: string;
}

export class FeedbackView {
  @ApiProperty({ format: 'uuid' }) solutionId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Panel mean, out of 100' }) mean!: number;
  @ApiProperty({ description: 'Rank among the reviewed solutions' }) rank!: number;
  @ApiProperty() of!: number;
  @ApiProperty({ type: [CriterionMeanView] }) perCriterion!: CriterionMeanView[];
  @ApiProperty({ type: [FeedbackCommentView], description: 'Reviewer comments the agency released (anonymous)' })
  comments!: FeedbackCommentView[];
  @ApiProperty({ format: 'date-time' }) releasedAt!: string;
}
