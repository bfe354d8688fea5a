import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SectorRefView, OrganizationRefView } from '../scenarios/scenario.views';
import type { ReasonLanguage } from './match-score';

export class MatchQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;

  @ApiPropertyOptional({ enum: ['zh', 'en'], description: 'Language of the reasons (default: from Accept-Language, else zh)' })
  @IsOptional()
  @IsIn(['zh', 'en'])
  lang?: ReasonLanguage;
}

export class MatchSignalsView {
  @ApiProperty({ description: 'Share of the required capabilities the enterprise has (synonyms included), 0–1' }) capability!: number;
  @ApiProperty({ description: 'Meilisearch relevance of the profile text to the required capabilities, 0–1' }) text!: number;
  @ApiProperty({ description: '1 when the enterprise works in the scenario’s sector' }) sector!: number;
  @ApiProperty({ description: '1 when the enterprise serves the scenario’s province' }) region!: number;
  @ApiProperty({ description: 'Share of the required qualifications held (1 when none is required)' }) qualifications!: number;
  @ApiProperty({ description: '1 when a delivered case concerns a required capability' }) cases!: number;
}

export class MatchedOrganizationView extends OrganizationRefView {
  @ApiProperty({ example: '四川省/锦城市' }) region!: string;
}

export class ScenarioMatchView {
  @ApiProperty({ type: MatchedOrganizationView }) organization!: MatchedOrganizationView;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.82 }) score!: number;
  @ApiProperty({ type: MatchSignalsView }) signals!: MatchSignalsView;
  @ApiProperty({ type: [String], example: ['具备所需能力：机器视觉（计算机视觉）、交通信号', '服务地区：四川省'] }) reasons!: string[];
}

export class ScenarioMatchListView {
  @ApiProperty({ type: [ScenarioMatchView], description: 'Best first' }) items!: ScenarioMatchView[];
}

export class RecommendedScenarioView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: SectorRefView, nullable: true }) sector!: SectorRefView | null;
  @ApiProperty() region!: string;
  @ApiProperty({ type: OrganizationRefView }) agency!: OrganizationRefView;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '万元' }) budgetMax!: number | null;
}

export class RecommendationView {
  @ApiProperty({ type: RecommendedScenarioView }) scenario!: RecommendedScenarioView;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: MatchSignalsView }) signals!: MatchSignalsView;
  @ApiProperty({ type: [String] }) reasons!: string[];
}

export class RecommendationListView {
  @ApiProperty({ type: [RecommendationView], description: 'Open scenarios, best first' }) items!: RecommendationView[];
  @ApiProperty({
    enum: ['ready', 'missing', 'closed', 'unverified'],
    description:
      'ready: the profile is matchable; missing: no profile yet; closed: not open for matching; unverified: organisation not verified',
  })
  profile!: 'ready' | 'missing' | 'closed' | 'unverified';
}
