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
