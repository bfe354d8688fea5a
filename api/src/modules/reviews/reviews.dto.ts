import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OrganizationRefView, RubricCriterionView } from '../scenarios/scenario.views';
import { trim } from '../../common/validators';

export class ReviewerRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [String] }) expertise!: string[];
}

export class AssignPanelDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Reviewers of the expert pool to add to the panel' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  reviewerIds!: string[];
}

export class PanelMemberView {
  @ApiProperty({ type: ReviewerRefView }) reviewer!: ReviewerRefView;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
  @ApiProperty({ description: 'Solutions this reviewer has declared on (no conflict or recused)' }) declared!: number;
  @ApiProperty({ description: 'Solutions this reviewer recused from' }) recused!: number;
  @ApiProperty({ description: 'Solutions this reviewer has scored' }) scored!: number;
}

export class PanelView {
  @ApiProperty({ type: [PanelMemberView] }) members!: PanelMemberView[];
  @ApiProperty({ description: 'Solutions to review (0 until a sealed scenario’s solutions are opened)' }) solutions!: number;
  @ApiProperty({ description: 'Every member has scored or recused from every solution, and each solution has a score' }) complete!: boolean;
  @ApiProperty({ description: 'Reviewers can still be added or removed (the deadline has passed and no decision is made)' })
  canAssign!: boolean;
}

export class PanelSuggestionView {
  @ApiProperty({ type: ReviewerRefView }) reviewer!: ReviewerRefView;
  @ApiProperty({ type: [String], description: 'The scenario’s required capabilities, and its sector, that this expertise covers' })
  matched!: string[];
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: [String], description: 'Applicants the reviewer is or was affiliated with (conflict of interest)' })
  conflicts!: string[];
  @ApiProperty() assigned!: boolean;
}

export class PanelSuggestionListView {
  @ApiProperty({ type: [PanelSuggestionView] }) items!: PanelSuggestionView[];
}

export class DeclarationDto {
  @ApiProperty({ description: 'true: I have a conflict of interest and recuse myself; false: I declare none' })
  @IsBoolean()
  conflict!: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (required when recusing)' })
  @ValidateIf((o: DeclarationDto) => o.conflict === true || o.reason !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class CriterionScoreDto {
  @ApiProperty({ example: '技术方案' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  criterion!: string;

  @ApiProperty({ example: 42.5, description: '0 to the criterion’s weight, in steps of 0.5' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
}

export class ScoreDto {
  @ApiProperty({ type: [CriterionScoreDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  comment!: string;
}

export class CriterionScoreView {
  @ApiProperty() criterion!: string;
  @ApiProperty() score!: number;
}

export class ReviewView {
  @ApiProperty({ type: ReviewerRefView }) reviewer!: ReviewerRefView;
  @ApiProperty() conflict!: boolean;
  @ApiProperty() conflictReason!: string;
  @ApiProperty({ type: [CriterionScoreView], nullable: true }) scores!: CriterionScoreView[] | null;
  @ApiProperty({ nullable: true, type: Number }) total!: number | null;
  @ApiProperty() comment!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty() commentReleased!: boolean;
}

export class SolutionReviewsView {
  @ApiProperty({ type: ReviewView, nullable: true, description: 'The caller’s own review (reviewers)' }) mine!: ReviewView | null;
  @ApiProperty({ type: [ReviewView], description: 'Everyone else’s — for a reviewer only after submitting their own' })
  others!: ReviewView[];
}

export class AssignmentScenarioView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: OrganizationRefView }) agency!: OrganizationRefView;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ type: [RubricCriterionView] }) rubric!: RubricCriterionView[];
}

export class AssignmentView {
  @ApiProperty({ type: AssignmentScenarioView }) scenario!: AssignmentScenarioView;
  @ApiProperty() solutions!: number;
  @ApiProperty() declared!: number;
  @ApiProperty() scored!: number;
  @ApiProperty({ description: 'Scores can still be given or changed' }) open!: boolean;
}

export class AssignmentListView {
  @ApiProperty({ type: [AssignmentView] }) items!: AssignmentView[];
}

export class ReviewerSolutionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Shown once the reviewer declared no conflict' }) title!: string | null;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({ type: [String] }) consortiumMembers!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'A conflict the system found (the reviewer’s affiliation)' })
  detectedConflict!: string | null;
  @ApiProperty({ type: ReviewView, nullable: true }) review!: ReviewView | null;
}

export class ReviewerSolutionListView {
  @ApiProperty({ type: AssignmentScenarioView }) scenario!: AssignmentScenarioView;
  @ApiProperty({ type: [ReviewerSolutionView] }) items!: ReviewerSolutionView[];
}

export class CriterionMeanView {
  @ApiProperty() criterion!: string;
  @ApiProperty() weight!: number;
  @ApiProperty() mean!: number;
}

export class RankedSolutionRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: Number }) shortlistRound!: number | null;
  @ApiProperty({ type: OrganizationRefView }) organization!: OrganizationRefView;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the review feedback was released to the enterprise',
  })
  feedbackReleasedAt!: string | null;
}

export class StandingView {
  @ApiProperty({ type: RankedSolutionRefView }) solution!: RankedSolutionRefView;
  @ApiProperty() rank!: number;
  @ApiProperty({ description: 'Mean of the reviewers’ totals, out of 100' }) mean!: number;
  @ApiProperty({ description: 'Standard deviation of the totals' }) spread!: number;
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
  @ApiProperty() reviews!: number;
  @ApiProperty({ type: [CriterionMeanView] }) perCriterion!: CriterionMeanView[];
}

export class OutlierView {
  @ApiProperty({ type: ReviewerRefView }) reviewer!: ReviewerRefView;
  @ApiProperty({ description: 'Mean distance from the panel’s median total, in points out of 100' }) meanDeviation!: number;
  @ApiProperty() solutions!: number;
}

export class RankingView {
  @ApiProperty({ type: [StandingView] }) standings!: StandingView[];
  @ApiProperty({ type: [OutlierView], description: 'Reviewers whose scores differ strongly from the panel' }) outliers!: OutlierView[];
}
