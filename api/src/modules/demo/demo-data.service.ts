import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { hashPassword } from '../../common/security/passwords';
import { Batch } from '../batches/batch.entity';
import { Organization } from '../organizations/organization.entity';
import { scenarioCode, snapshotOf } from '../scenarios/scenario-rules';
import { ScenarioVersion } from '../scenarios/scenario-version.entity';
import { Scenario } from '../scenarios/scenario.entity';
import { OutboxService } from '../search/outbox.service';
import { User } from '../users/user.entity';
import { batchName } from '@scenebridge/shared';
import { CapabilityProfile } from '../profiles/capability-profile.entity';
import { DEMO_BATCHES, DEMO_ORGANIZATIONS, DEMO_PROFILES, DEMO_REVIEWERS, demoCreditCode, demoRubric } from './demo-data';
import { seedDemoHistory } from './demo-history';
import { DEMO_SCENARIOS } from './demo-scenarios';

const DAY = 86_400_000;

/** Loads the demo data set into an empty database, all of it or nothing. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Returns true when it loaded the data; false when the database already held organisations. */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await hashPassword(this.config.DEMO_PASSWORD);
    const loaded = await this.dataSource.transaction(async (manager) => {
      // Serialise concurrent starts; the emptiness check and the inserts are one unit.
      await manager.query('LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE');
      if ((await manager.count(Organization)) > 0) return false;
      const members = new Map<string, { organization: Organization; user: User }>();
      for (const demo of DEMO_ORGANIZATIONS) {
        const organization = await manager.save(
          manager.create(Organization, {
            kind: demo.kind,
            name: demo.name,
            creditCode: demoCreditCode(demo.creditCodeBody),
            region: demo.region,
            status: demo.status,
            verifiedAt: demo.status === 'verified' ? this.clock.now() : null,
          }),
        );
        const user = await manager.save(
          manager.create(User, {
            email: demo.member.email,
            displayName: demo.member.displayName,
            passwordHash,
            organizationId: organization.id,
            memberRole: 'owner',
          }),
        );
        members.set(demo.key, { organization, user });
      }
      const scenarios = await this.seedScenarios(manager, members);
      const profiled: string[] = [];
      for (const [key, profile] of Object.entries(DEMO_PROFILES)) {
        const owner = members.get(key);
        if (!owner) continue;
        await manager.save(manager.create(CapabilityProfile, { organizationId: owner.organization.id, ...profile, openForMatching: true }));
        profiled.push(owner.organization.id);
      }
      await this.outbox.enqueue(manager, 'capability', profiled);
      const reviewers: string[] = [];
      for (const expert of DEMO_REVIEWERS) {
        const reviewer = await manager.save(
          manager.create(User, { ...expert, passwordHash, platformRole: 'reviewer', organizationId: null, memberRole: null, active: true }),
        );
        reviewers.push(reviewer.id);
      }
      await this.outbox.enqueue(manager, 'reviewer', reviewers);
      await seedDemoHistory(
        manager,
        this.clock.now().getTime(),
        new Map(scenarios.map((sc) => [sc.title, sc])),
        members,
        new Map((await manager.findBy(User, { platformRole: 'reviewer' })).map((u) => [u.email, u])),
      );
      await this.outbox.enqueue(
        manager,
        'scenario',
        scenarios.map((sc) => sc.id),
      );
      return true;
    });
    if (loaded) {
      this.logger.log(
        `Loaded demo data: ${DEMO_ORGANIZATIONS.length} organisations (one member each), ${DEMO_REVIEWERS.length} reviewers (password from DEMO_PASSWORD), ${DEMO_SCENARIOS.length} scenarios`,
      );
    }
    return loaded;
  }

  private async seedScenarios(
    manager: EntityManager,
    members: Map<string, { organization: Organization; user: User }>,
  ): Promise<Scenario[]> {
    const now = this.clock.now().getTime();
    const batches = new Map<number, Batch>();
    for (const b of DEMO_BATCHES) {
      const batch = await manager.save(
        manager.create(Batch, {
          year: b.year,
          number: b.number,
          name: batchName(b.year, b.number),
          status: b.status,
          publishedAt: new Date(now - b.publishedDaysAgo * DAY),
        }),
      );
      batches.set(b.key, batch);
    }
    const serials = new Map<number, number>();
    const saved: Scenario[] = [];
    for (const [i, demo] of DEMO_SCENARIOS.entries()) {
      const owner = members.get(demo.agency);
      if (!owner) throw new Error(`Demo scenario "${demo.title}" names an unknown agency ${demo.agency}`);
      const batch = batches.get(demo.batch)!;
      const serial = (serials.get(demo.batch) ?? 0) + 1;
      serials.set(demo.batch, serial);
      const batchInfo = DEMO_BATCHES.find((b) => b.key === demo.batch)!;
      // Spread publication over the first days of the batch, so "newest" has an order.
      const publishedAt = new Date(now - batchInfo.publishedDaysAgo * DAY + (i % 7) * 3_600_000);
      const deadline = new Date(now + demo.deadlineInDays * DAY);
      const closed = demo.deadlineInDays < 0;
      const name = owner.user.displayName.replace(/（.*）/, '');
      const scenario = await manager.save(
        manager.create(Scenario, {
          organizationId: owner.organization.id,
          createdByUserId: owner.user.id,
          batchId: batch.id,
          serial,
          code: scenarioCode(batch.year, batch.number, serial),
          status: closed ? 'closed' : 'open',
          title: demo.title,
          summary: demo.summary,
          description: demo.description,
          scope: demo.scope,
          kpis: demo.kpis,
          expectedOutcomes: demo.expectedOutcomes,
          acceptanceCriteria: demo.acceptanceCriteria,
          resources: demo.resources,
          sectorCode: demo.sector,
          region: demo.region,
          site: demo.site,
          tags: demo.tags,
          budgetMin: demo.budget?.min ?? null,
          budgetMax: demo.budget?.max ?? null,
          budgetNegotiable: demo.budget === null,
          fundingSource: demo.fundingSource,
          cooperationMode: demo.cooperationMode,
          qualifications: demo.qualifications,
          consortiumAllowed: demo.consortiumAllowed,
          maxApplicationsPerEntity: 1,
          rubric: demoRubric(demo.cooperationMode),
          deadline,
          sealed: demo.sealed,
          contact: { name, phone: `0${28 + (i % 5)}-8${String(1_000_000 + i * 7919).slice(-7)}`, email: owner.user.email },
          version: 1,
          submittedAt: new Date(publishedAt.getTime() - 5 * DAY),
          publishedAt,
          closedAt: closed ? deadline : null,
        }),
      );
      await manager.save(ScenarioVersion, {
        scenarioId: scenario.id,
        version: 1,
        snapshot: snapshotOf(scenario),
        changedFields: [],
        note: '',
        deadlineExtended: false,
        createdByUserId: owner.user.id,
      });
      saved.push(scenario);
    }
    return saved;
  }
}
