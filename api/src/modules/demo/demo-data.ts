import { creditCodeCheckChar, type OrganizationKind, type OrganizationStatus } from '@scenebridge/shared';

export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  region: string;
  status: OrganizationStatus;
  /** 17 characters; the check character is computed. */
  creditCodeBody: string;
  member: { email: string; displayName: string };
}

/** Builds a valid unified social credit code from its first 17 characters. */
export function demoCreditCode(body: string): string {
  return body + creditCodeCheckChar(body);
}

/**
 * The demo organisations: fictional agencies and companies (names invented for the demo),
 * each with one owner account. Their credit codes are valid in form and check digit only.
 */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'jincheng-transport',
    kind: 'agency',
    name: '锦城市交通运输局',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '11510100MB0A10015',
    member: { email: 'transport@demo.scenebridge.local', displayName: '周明（交通运输局）' },
  },
  {
    key: 'jincheng-agriculture',
    kind: 'agency',
    name: '锦城市农业农村局',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '11510100MB0A10025',
    member: { email: 'agriculture@demo.scenebridge.local', displayName: '李芳（农业农村局）' },
  },
  {
    key: 'binjiang-data',
    kind: 'agency',
    name: '滨江市政务服务和数据管理局',
    region: '浙江省/滨江市',
    status: 'verified',
    creditCodeBody: '11330100MB0B20015',
    member: { email: 'govdata@demo.scenebridge.local', displayName: '王磊（数据管理局）' },
  },
  {
    key: 'yuehai-health',
    kind: 'agency',
    name: '粤海市卫生健康委员会',
    region: '广东省/粤海市',
    status: 'verified',
    creditCodeBody: '11440300MB0C30015',
    member: { email: 'health@demo.scenebridge.local', displayName: '陈静（卫生健康委）' },
  },
  {
    key: 'jincheng-economy',
    kind: 'agency',
    name: '锦城市经济和信息化局',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '11510100MB0A10035',
    member: { email: 'economy@demo.scenebridge.local', displayName: '刘洋（经济和信息化局）' },
  },
  {
    key: 'binjiang-education',
    kind: 'agency',
    name: '滨江市教育局',
    region: '浙江省/滨江市',
    status: 'verified',
    creditCodeBody: '11330100MB0B20025',
    member: { email: 'education@demo.scenebridge.local', displayName: '徐敏（教育局）' },
  },
  {
    key: 'yuehai-culture',
    kind: 'agency',
    name: '粤海市文化广电旅游局',
    region: '广东省/粤海市',
    status: 'verified',
    creditCodeBody: '11440300MB0C30025',
    member: { email: 'culture@demo.scenebridge.local', displayName: '梁晓（文化广电旅游局）' },
  },
  {
    key: 'xiling-city',
    kind: 'agency',
    name: '西陵市城市管理局',
    region: '湖北省/西陵市',
    status: 'verified',
    creditCodeBody: '11420500MB0D40015',
    member: { email: 'citymgmt@demo.scenebridge.local', displayName: '胡军（城市管理局）' },
  },
  {
    key: 'shuguang-vision',
    kind: 'enterprise',
    name: '蜀光智能视觉科技有限公司',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '91510100MA6D40015',
    member: { email: 'vision@demo.scenebridge.local', displayName: '赵宇（蜀光智能）' },
  },
  {
    key: 'hefeng-agritech',
    kind: 'enterprise',
    name: '禾丰农业科技有限公司',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '91510100MA6D40025',
    member: { email: 'agritech@demo.scenebridge.local', displayName: '孙禾（禾丰农业）' },
  },
  {
    key: 'yunyu-llm',
    kind: 'enterprise',
    name: '云语大模型技术有限公司',
    region: '浙江省/滨江市',
    status: 'verified',
    creditCodeBody: '91330100MA2E50015',
    member: { email: 'llm@demo.scenebridge.local', displayName: '吴越（云语大模型）' },
  },
  {
    key: 'qiming-medical',
    kind: 'enterprise',
    name: '启明医疗人工智能有限公司',
    region: '广东省/粤海市',
    status: 'verified',
    creditCodeBody: '91440300MA5F60015',
    member: { email: 'medical@demo.scenebridge.local', displayName: '黄琪（启明医疗）' },
  },
  {
    key: 'xinda-network',
    kind: 'enterprise',
    name: '信达通信网络优化有限公司',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '91510100MA6D40035',
    member: { email: 'network@demo.scenebridge.local', displayName: '郑达（信达通信）' },
  },
  {
    key: 'xinrui-robotics',
    kind: 'enterprise',
    name: '新锐机器人有限公司',
    region: '江苏省/苏湖市',
    status: 'pending',
    creditCodeBody: '91320500MA1G70015',
    member: { email: 'robotics@demo.scenebridge.local', displayName: '钱锐（新锐机器人）' },
  },
];

/** The demo batches: an older one whose scenarios have closed, and two open ones. */
export const DEMO_BATCHES = [
  { key: 1, year: 2025, number: 2, status: 'closed' as const, publishedDaysAgo: 150 },
  { key: 2, year: 2026, number: 1, status: 'published' as const, publishedDaysAgo: 45 },
  { key: 3, year: 2026, number: 2, status: 'published' as const, publishedDaysAgo: 12 },
];

/** A rubric fitting the cooperation mode (weights sum to 100). */
export function demoRubric(mode: string): { name: string; weight: number; description: string }[] {
  if (mode === 'challenge' || mode === 'joint_rnd') {
    return [
      { name: '技术路线与创新性', weight: 40, description: '技术路线可行、关键技术有突破' },
      { name: '关键指标达成能力', weight: 30, description: '对技术指标的承诺与验证方法' },
      { name: '团队与研发基础', weight: 20, description: '核心团队、已有成果与知识产权' },
      { name: '实施保障', weight: 10, description: '进度计划、风险应对与配套投入' },
    ];
  }
  return [
    { name: '技术方案', weight: 40, description: '方案完整性、先进性与适配度' },
    { name: '类似案例与团队', weight: 25, description: '同类项目交付经验与团队配置' },
    { name: '实施计划与服务', weight: 15, description: '工期、培训与运维保障' },
    { name: '报价合理性', weight: 20, description: '报价构成清晰、与预算匹配' },
  ];
}
