import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class CountView {
  @ApiProperty({ description: 'Sector code, province, batch id or agency id' }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'English label where one exists' }) labelEn!: string;
  @ApiProperty() count!: number;
}

export class FunnelView {
  @ApiProperty({ description: 'Published scenarios (open and later, cancelled excluded)' }) published!: number;
  @ApiProperty({ description: 'Scenarios that received at least one solution' }) received!: number;
  @ApiProperty({ description: 'Scenarios with an award (awarded, announced, in delivery, landed or failed)' }) awarded!: number;
  @ApiProperty({ description: 'Scenarios whose pilot landed (落地)' }) landed!: number;
}

export class AgencyFiguresView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() published!: number;
  @ApiProperty() solutions!: number;
  @ApiProperty() awarded!: number;
  @ApiProperty() landed!: number;
}

export class ScenarioFiguresView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() solutions!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Days from publication to award' }) daysToAward!: number | null;
}

export class StatisticsView {
  @ApiProperty({ type: FunnelView }) funnel!: FunnelView;
  @ApiProperty({ description: 'Submitted solutions (withdrawn and drafts excluded)' }) solutions!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Median days from publication to award' }) medianDaysToAward!: number | null;
  @ApiProperty({ type: [CountView] }) bySector!: CountView[];
  @ApiProperty({ type: [CountView] }) byProvince!: CountView[];
  @ApiProperty({ type: [CountView] }) byBatch!: CountView[];
  @ApiProperty({ type: [CountView] }) byStatus!: CountView[];
  @ApiProperty({ type: [AgencyFiguresView] }) agencies!: AgencyFiguresView[];
}

export class AgencyStatisticsView extends StatisticsView {
  @ApiProperty({ type: [ScenarioFiguresView] }) scenarios!: ScenarioFiguresView[];
}

export class StatsExportQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}
