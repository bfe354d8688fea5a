import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MeiliService } from '../search/meili.service';
import type { HealthView } from './health.dto';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
  ) {}

  /** Checks both dependencies in parallel; each is `down` if it fails or takes over 2 s. */
  async check(): Promise<HealthView> {
    const [database, search] = await Promise.all([this.databaseUp(), this.meili.isHealthy(CHECK_TIMEOUT_MS)]);
    const checks = { database: database ? 'up' : 'down', search: search ? 'up' : 'down' } as const;
    return { status: database && search ? 'ok' : 'error', checks };
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
    });
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return Promise.race([query, timeout]).finally(() => clearTimeout(timer));
  }
}
