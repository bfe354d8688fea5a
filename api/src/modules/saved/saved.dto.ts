import { ApiProperty } from '@nestjs/swagger';
import { OrganizationRefView } from '../scenarios/scenario.views';

export class SavedScenarioView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ type: OrganizationRefView }) agency!: OrganizationRefView;
  @ApiProperty({ format: 'date-time' }) savedAt!: string;
}

export class SavedScenarioListView {
  @ApiProperty({ type: [SavedScenarioView] }) items!: SavedScenarioView[];
}
