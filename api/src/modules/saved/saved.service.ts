import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SignedInContext } from '../../common/access/principal';
import { ScenarioAccess } from '../scenarios/scenario-access';
import { SavedScenario } from './saved-scenario.entity';
import type { SavedScenarioView } from './saved.dto';

/** Saving (following) published scenarios: the saver's list, and amendment notices. */
@Injectable()
export class SavedScenariosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scenarios: ScenarioAccess,
  ) {}

  async save(ctx: SignedInContext, scenarioId: string): Promise<void> {
    await this.scenarios.forRead(ctx, scenarioId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SavedScenario)
      .values({ userId: ctx.principal.userId, scenarioId })
      .orIgnore()
      .execute();
  }

  async remove(ctx: SignedInContext, scenarioId: string): Promise<void> {
    await this.dataSource.getRepository(SavedScenario).delete({ userId: ctx.principal.userId, scenarioId });
  }

  async list(ctx: SignedInContext): Promise<SavedScenarioView[]> {
    const rows = await this.dataSource.getRepository(SavedScenario).find({
      where: { userId: ctx.principal.userId },
      relations: { scenario: { organization: true } },
      order: { createdAt: 'DESC' },
    });
    return rows
      .filter((r) => r.scenario?.publishedAt)
      .map((r) => ({
        id: r.scenarioId,
        title: r.scenario!.title,
        code: r.scenario!.code,
        status: r.scenario!.status,
        deadline: r.scenario!.deadline?.toISOString() ?? null,
        agency: { id: r.scenario!.organizationId, name: r.scenario!.organization?.name ?? '' },
        savedAt: r.createdAt.toISOString(),
      }));
  }
}
