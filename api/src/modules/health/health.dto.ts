import { ApiProperty } from '@nestjs/swagger';

export class HealthChecksView {
  @ApiProperty({ enum: ['up', 'down'], description: 'PostgreSQL answers a query' })
  database!: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down'], description: 'Meilisearch answers its health route' })
  search!: 'up' | 'down';
}

export class HealthView {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' })
  status!: 'ok' | 'error';

  @ApiProperty({ type: HealthChecksView })
  checks!: HealthChecksView;
}
