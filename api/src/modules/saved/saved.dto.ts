import { ApiProperty } from '@nestjs/swagger';

export class SavedScenarioView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ example: { id: '…', name: '锦城市交通运输局' } }) agency!: { id: string; name: string };
  @ApiProperty({ format: 'date-time' }) savedAt!: string;
}

export class SavedScenarioListView {
  @ApiProperty({ type: [SavedScenarioView] }) items!: SavedScenarioView[];
}
