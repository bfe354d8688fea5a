import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/access/access.decorators';
import { HealthView } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and dependency check', operationId: 'getHealth' })
  @ApiResponse({ status: 200, type: HealthView, description: 'Database and search are up' })
  @ApiResponse({ status: 503, type: HealthView, description: 'A dependency is down (the failing check says "down")' })
  async get(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const view = await this.health.check();
    res.status(view.status === 'ok' ? 200 : 503);
    return view;
  }
}
