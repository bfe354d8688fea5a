import type { EntityManager } from 'typeorm';
import { Announcement } from '../decisions/announcement.entity';
import { Objection } from '../decisions/objection.entity';
import type { Organization } from '../organizations/organization.entity';
import { Milestone } from '../outcomes/milestone.entity';
import { PanelMember } from '../reviews/panel-member.entity';
import { totalOf } from '../reviews/review-math';
import { Review } from '../reviews/review.entity';
import type { Scenario } from '../scenarios/scenario.entity';
import { SolutionVersion } from '../solutions/solution-version.entity';
import { Solution } from '../solutions/solution.entity';
import { solutionSnapshot } from '../solutions/solution.views';
import type { User } from '../users/user.entity';

const DAY = 86_400_000;

type Stage = 'submitted' | 'reviewing' | 'in_delivery' | 'landed' | 'announced' | 'no_award';

interface Applicant {
  /** Demo organisation key. */
  enterprise: string;
  /** What the panel thought of it, out of 100. */
  quality: number;
  priceQuote: number;
}

interface DemoHistory {
  /** Title of a demo scenario whose deadline has passed. */
  scenario: string;
  stage: Stage;
  applicants: Applicant[];
  /** Reviewer e-mails; an affiliated reviewer recuses. */
  panel: string[];
  /** Milestones: title, due (days from now), done (days from now) or null. */
  milestones?: [string, number, number | null][];
  objection?: { enterprise: string; text: string; response: string };
  note: string;
}

/**
 * A few demo scenarios of the closed first batch carried through the loop, so that the public
 * results and statistics show something and each workspace has work to see: one landed, one
 * in delivery, one announced with its objection period running, one with no award, one under
 * review and one waiting for its panel.
 */
export const DEMO_HISTORY: readonly DemoHistory[] = [
  {
    scenario: '水稻主要病虫害智能识别与虫情自动测报系统',
    stage: 'landed',
    applicants: [
      { enterprise: 'hefeng-agritech', quality: 88, priceQuote: 260 },
      { enterprise: 'lumen-vision', quality: 74, priceQuote: 230 },
      { enterprise: 'shuguang-vision', quality: 69, priceQuote: 280 },
    ],
    panel: ['expert.agri@demo.scenebridge.local', 'expert.vision@demo.scenebridge.local'],
    milestones: [
      ['完成 40 个测报点虫情设备安装', -70, -72],
      ['病虫害识别模型上线试运行', -45, -47],
      ['第三方测试：识别准确率 93.6%', -20, -21],
    ],
    note: '识别准确率与测报点覆盖方案最优，综合得分第一。',
  },
  {
    scenario: '政务服务热线大模型智能问答与坐席辅助系统',
    stage: 'in_delivery',
    applicants: [
      { enterprise: 'yunyu-llm', quality: 86, priceQuote: 420 },
      { enterprise: 'xinda-network', quality: 63, priceQuote: 380 },
    ],
    panel: ['expert.llm@demo.scenebridge.local', 'expert.vision@demo.scenebridge.local', 'expert.transport@demo.scenebridge.local'],
    milestones: [
      ['政策知识库梳理与私有化部署', -40, -38],
      ['坐席辅助上线，覆盖 60% 来电', 15, null],
      ['智能问答准确率第三方评估', 45, null],
    ],
    objection: {
      enterprise: 'xinda-network',
      text: '我方报价更低，请说明报价项的评分依据。',
      response: '报价项按评分细则计分，贵方报价得分已为该项最高；综合得分差距主要在技术方案与案例。',
    },
    note: '大模型问答方案成熟，具备同类热线交付案例。',
  },
  {
    scenario: '基层医疗机构胸部 DR 与 CT 影像 AI 辅助诊断',
    stage: 'announced',
    applicants: [
      { enterprise: 'qiming-medical', quality: 90, priceQuote: 350 },
      { enterprise: 'lumen-vision', quality: 71, priceQuote: 300 },
    ],
    panel: ['expert.health@demo.scenebridge.local', 'expert.vision@demo.scenebridge.local'],
    note: '具备三类医疗器械注册证，区域影像云对接方案完整。',
  },
  {
    scenario: '城市占道经营与乱堆乱放视频智能识别及自动派单',
    stage: 'no_award',
    applicants: [{ enterprise: 'xinda-network', quality: 52, priceQuote: 190 }],
    panel: ['expert.vision@demo.scenebridge.local', 'expert.transport@demo.scenebridge.local'],
    note: '唯一方案的识别准确率承诺与验证方法未达到场景要求，本次不选定。',
  },
  {
    scenario: '规模猪场生猪非接触估重与异常行为智能识别',
    stage: 'reviewing',
    applicants: [
      { enterprise: 'hefeng-agritech', quality: 81, priceQuote: 150 },
      { enterprise: 'shuguang-vision', quality: 77, priceQuote: 170 },
    ],
    panel: ['expert.agri@demo.scenebridge.local', 'expert.vision@demo.scenebridge.local'],
    note: '',
  },
  {
    scenario: '城市公交车辆到站时间精准预测与电子站牌发布',
    stage: 'submitted',
    applicants: [
      { enterprise: 'shuguang-vision', quality: 80, priceQuote: 310 },
      { enterprise: 'xinda-network', quality: 72, priceQuote: 280 },
      { enterprise: 'lumen-vision', quality: 70, priceQuote: 260 },
    ],
    panel: [],
    note: '',
  },
];

/** Criterion scores near `quality` for one reviewer (a small, deterministic difference between reviewers). */
function scoresFor(rubric: Scenario['rubric'], quality: number, reviewerIndex: number) {
  const offset = [0, -3, 2][reviewerIndex % 3];
  const share = Math.max(0, Math.min(100, quality + offset)) / 100;
  return rubric.map((c) => ({ criterion: c.name, score: Math.round(c.weight * share * 2) / 2 }));
}

/** Writes the history of DEMO_HISTORY into the database (part of the demo data transaction). */
export async function seedDemoHistory(
  manager: EntityManager,
  now: number,
  scenarios: Map<string, Scenario>,
  members: Map<string, { organization: Organization; user: User }>,
  reviewers: Map<string, User>,
): Promise<void> {
  for (const history of DEMO_HISTORY) {
    const scenario = scenarios.get(history.scenario);
    if (!scenario) throw new Error(`Demo history names an unknown scenario "${history.scenario}"`);
    const deadline = scenario.deadline!.getTime();
    const at = (days: number) => new Date(deadline + days * DAY);
    const reviewedUntil = history.stage === 'announced' ? now - 4 * DAY : deadline + 12 * DAY;

    const solutions: { solution: Solution; applicant: Applicant }[] = [];
    for (const [i, applicant] of history.applicants.entries()) {
      const owner = members.get(applicant.enterprise);
      if (!owner) throw new Error(`Demo history names an unknown enterprise ${applicant.enterprise}`);
      const submittedAt = at(-10 + i * 2);
      const solution = await manager.save(
        manager.create(Solution, {
          scenarioId: scenario.id,
          organizationId: owner.organization.id,
          createdByUserId: owner.user.id,
          status: 'submitted',
          title: `${owner.organization.name.replace(/有限公司$/, '')}：${scenario.title}方案`,
          brief: `${owner.organization.name}针对“${scenario.title}”的整体解决方案。`,
          approach: `围绕${scenario.tags.slice(0, 3).join('、')}构建端到端系统，分阶段部署并接受第三方评估。`,
          innovations: '模型可在本地私有化部署，支持持续学习与人工复核闭环。',
          risks: '数据质量不足时先行补采标注，并设置人工兜底流程。',
          timeline: [
            { phase: '调研与方案细化', weeks: 4 },
            { phase: '部署与联调', weeks: 10 },
            { phase: '试运行与评估', weeks: 12 },
          ],
          priceQuote: applicant.priceQuote,
          team: '项目经理 1 名、算法工程师 4 名、实施工程师 3 名。',
          consortiumMembers: [],
          eligibilityDeclared: true,
          eligibilityNote: '',
          version: 1,
          submittedAt,
        }),
      );
      await manager.save(SolutionVersion, {
        solutionId: solution.id,
        version: 1,
        snapshot: solutionSnapshot(solution),
        createdByUserId: owner.user.id,
      });
      solutions.push({ solution, applicant });
    }
    if (history.stage === 'submitted') continue;

    // The panel and its reviews (an expert affiliated with an applicant recuses).
    const panel = history.panel.map((email) => {
      const reviewer = reviewers.get(email);
      if (!reviewer) throw new Error(`Demo history names an unknown reviewer ${email}`);
      return reviewer;
    });
    for (const reviewer of panel) {
      await manager.insert(PanelMember, {
        scenarioId: scenario.id,
        reviewerId: reviewer.id,
        assignedByUserId: scenario.createdByUserId,
        assignedAt: at(2),
      });
    }
    for (const [r, reviewer] of panel.entries()) {
      for (const [s, { solution, applicant }] of solutions.entries()) {
        // Under review: the last reviewer has not finished yet.
        if (history.stage === 'reviewing' && r === panel.length - 1 && s === solutions.length - 1) continue;
        const affiliated = reviewer.affiliations.includes(members.get(applicant.enterprise)!.organization.name);
        const scores = affiliated ? null : scoresFor(scenario.rubric, applicant.quality, r);
        await manager.insert(Review, {
          solutionId: solution.id,
          reviewerId: reviewer.id,
          scenarioId: scenario.id,
          conflict: affiliated,
          conflictReason: affiliated ? '曾在该企业任职' : '',
          declaredAt: at(3 + r),
          scores,
          total: scores ? totalOf(scores) : null,
          comment: affiliated
            ? ''
            : applicant.quality >= 80
              ? '技术路线清晰，指标承诺有验证方法，同类案例充分。'
              : '方案基本可行，但关键指标的验证方法和本地化部署细节不足。',
          submittedAt: affiliated ? null : new Date(Math.min(reviewedUntil - DAY, at(5 + r).getTime())),
          commentReleased: false,
        });
      }
    }
    if (history.stage === 'reviewing') {
      scenario.status = 'reviewing';
      await manager.save(scenario);
      continue;
    }

    // The decision and its announcement (公示).
    const [best, ...rest] = solutions;
    const decidedAt = new Date(reviewedUntil);
    const awarded = history.stage !== 'no_award';
    if (awarded) await manager.update(Solution, { id: best.solution.id }, { status: 'awarded' });
    for (const { solution } of awarded ? rest : solutions)
      await manager.update(
        Solution,
        { id: solution.id },
        { status: 'not_selected', feedbackReleasedAt: new Date(decidedAt.getTime() + 2 * DAY) },
      );
    const announcedAt = new Date(decidedAt.getTime() + DAY);
    const objectionEndsAt = new Date(announcedAt.getTime() + 7 * DAY);
    const final = objectionEndsAt.getTime() <= now;
    await manager.insert(Announcement, {
      scenarioId: scenario.id,
      text: awarded
        ? `经专家评审，“${scenario.title}”场景拟选定${best.solution.title.split('：')[0]}为揭榜单位，现予公示。公示期内如有异议，请通过本平台提出。`
        : `经专家评审，“${scenario.title}”场景本次无方案达到要求，不选定揭榜单位，现予公示。`,
      objectionEndsAt,
      announcedAt,
      announcedByUserId: scenario.createdByUserId,
      finalAt: final ? objectionEndsAt : null,
    });
    if (history.objection) {
      const objector = members.get(history.objection.enterprise)!;
      await manager.insert(Objection, {
        scenarioId: scenario.id,
        organizationId: objector.organization.id,
        filedByUserId: objector.user.id,
        text: history.objection.text,
        filedAt: new Date(announcedAt.getTime() + 2 * DAY),
        response: history.objection.response,
        respondedAt: new Date(announcedAt.getTime() + 4 * DAY),
        respondedByUserId: scenario.createdByUserId,
      });
    }
    for (const [title, due, done] of history.milestones ?? []) {
      await manager.insert(Milestone, {
        scenarioId: scenario.id,
        title,
        dueDate: new Date(now + due * DAY).toISOString().slice(0, 10),
        doneOn: done === null ? null : new Date(now + done * DAY).toISOString().slice(0, 10),
        note: '',
      });
    }
    Object.assign(scenario, {
      status: history.stage === 'landed' ? 'landed' : history.stage === 'no_award' ? 'no_award' : final ? 'in_delivery' : 'announced',
      decidedAt,
      decisionNote: history.note,
      landedAt: history.stage === 'landed' ? new Date(now - 10 * DAY) : null,
    });
    await manager.save(scenario);
  }
}
